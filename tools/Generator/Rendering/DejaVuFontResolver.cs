using PdfSharp.Fonts;

namespace Intake.Tools.Generator.Rendering;

/// <summary>
/// PDFsharp's core build finds no system fonts on Linux; this resolver gives it Debian's DejaVu
/// Sans (package fonts-dejavu-core), or DejaVu Sans Mono when a family's name says Mono (till receipts).
/// </summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string MonospaceFamily = "DejaVu Sans Mono";
    private const string FontDirectory = "/usr/share/fonts/truetype/dejavu";
    private static readonly Lock Gate = new();

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        var face = familyName.Contains("Mono", StringComparison.OrdinalIgnoreCase) ? "DejaVuSansMono" : "DejaVuSans";
        return new(isBold ? face + "-Bold" : face);
    }

    public byte[] GetFont(string faceName)
    {
        var path = Path.Combine(FontDirectory, faceName + ".ttf");
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"The font {path} is missing: install the Debian package fonts-dejavu-core.", path);
    }

    /// <summary>Installs the resolver once per process; PDFsharp refuses a second one after fonts are in use.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not DejaVuFontResolver)
            {
                GlobalFontSettings.FontResolver = new DejaVuFontResolver();
            }
        }
    }
}
