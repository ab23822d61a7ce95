namespace Intake.Tools.Generator.Scanning;

/// <summary>
/// What a flatbed scanner adds to a clean page, lightly: a greyer paper and softer ink (a
/// contrast change), sensor noise, and a few specks of dust. Light enough for OCR to read.
/// </summary>
internal static class ScanNoise
{
    private const double NoiseSigma = 9;
    private const double SpeckRate = 0.0002;

    public static void Apply(GrayImage image, Random random)
    {
        var contrast = 0.82 + random.NextDouble() * 0.1;
        var paper = 238 + random.Next(10);
        var pixels = image.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var value = paper - (255 - pixels[i]) * contrast + Gaussian(random) * NoiseSigma;
            if (random.NextDouble() < SpeckRate)
            {
                value = 60 + random.Next(80);
            }

            pixels[i] = (byte)Math.Clamp(Math.Round(value), 0, 255);
        }
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
