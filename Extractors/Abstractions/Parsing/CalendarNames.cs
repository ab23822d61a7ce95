namespace Intake.Extractors.Parsing;

/// <summary>
/// Month and weekday names in English, German and French, full and abbreviated, folded (lower
/// case, no diacritics, see <see cref="TextFolding"/>) so that "März", "MARZ" and OCR's "Marz" all match.
/// </summary>
internal static class CalendarNames
{
    public static IReadOnlyDictionary<string, int> Months { get; } = BuildMonths();

    public static IReadOnlySet<string> Weekdays { get; } = new HashSet<string>
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "mo", "di", "mi", "do", "fr", "sa", "so",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
    };

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] namesByMonth =
        [
            ["january", "jan", "januar", "janner", "jaenner", "janvier", "janv"],
            ["february", "feb", "februar", "feber", "fevrier", "fevr", "fev"],
            ["march", "mar", "marz", "maerz", "mrz", "mars"],
            ["april", "apr", "avril", "avr"],
            ["may", "mai"],
            ["june", "jun", "juni", "juin"],
            ["july", "jul", "juli", "juillet", "juil"],
            ["august", "aug", "aout"],
            ["september", "sep", "sept", "septembre"],
            ["october", "oct", "oktober", "okt", "octobre"],
            ["november", "nov", "novembre"],
            ["december", "dec", "dezember", "dez", "decembre"],
        ];

        var months = new Dictionary<string, int>();
        for (var i = 0; i < namesByMonth.Length; i++)
        {
            foreach (var name in namesByMonth[i])
            {
                months[name] = i + 1;
            }
        }

        return months;
    }
}
