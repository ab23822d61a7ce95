using System.Numerics;
using System.Text;
using Intake.Tools.Generator.Layouts;

namespace Intake.Tools.Generator.Statements;

/// <summary>Random IBANs with correct check digits (ISO 13616: mod 97 of the rearranged digits is 1).</summary>
internal static class IbanNumbers
{
    public static string Create(IbanCountry country, Random random)
    {
        var bban = new StringBuilder();
        foreach (var slot in country.BbanShape)
        {
            bban.Append(slot switch
            {
                '9' => (char)('0' + random.Next(10)),
                'A' => (char)('A' + random.Next(26)),
                _ => random.Next(3) == 0 ? (char)('A' + random.Next(26)) : (char)('0' + random.Next(10)),
            });
        }

        var check = 98 - Mod97(bban + country.Code + "00");
        return $"{country.Code}{check:00}{bban}";
    }

    /// <summary>Groups of four, as IBANs are printed.</summary>
    public static string Printed(string iban) => string.Join(' ', iban.Chunk(4).Select(c => new string(c)));

    private static int Mod97(string text)
    {
        var digits = string.Concat(text.Select(c => char.IsDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return (int)(BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97);
    }
}
