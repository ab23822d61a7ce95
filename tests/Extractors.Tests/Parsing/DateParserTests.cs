using Intake.Extractors.Parsing;

namespace Intake.Extractors.Tests.Parsing;

public sealed class DateParserTests
{
    [Theory]
    [InlineData("13.05.2018", "2018-05-13")]
    [InlineData("31.12.2018", "2018-12-31")]
    [InlineData("13/05/2018", "2018-05-13")]
    [InlineData("05/13/2018", "2018-05-13")]
    [InlineData("25-11-2017", "2017-11-25")]
    [InlineData("06.06.2018", "2018-06-06")]
    [InlineData("29.02.2020", "2020-02-29")]
    [InlineData("  13.05.2018.  ", "2018-05-13")]
    [InlineData("2018-06-05", "2018-06-05")]
    [InlineData("2018/06/05", "2018-06-05")]
    [InlineData("2018.06.05", "2018-06-05")]
    [InlineData("20180605", "2018-06-05")]
    [InlineData("5 June 2018", "2018-06-05")]
    [InlineData("June 5, 2018", "2018-06-05")]
    [InlineData("5 Jun 2018", "2018-06-05")]
    [InlineData("05-Jun-2018", "2018-06-05")]
    [InlineData("5 Jun 18", "2018-06-05")]
    [InlineData("5th of June 2018", "2018-06-05")]
    [InlineData("Jun 5th 2018", "2018-06-05")]
    [InlineData("DECEMBER 24, 2017", "2017-12-24")]
    [InlineData("24 Dec 2017", "2017-12-24")]
    [InlineData("5. Juni 2018", "2018-06-05")]
    [InlineData("5. Mär. 2018", "2018-03-05")]
    [InlineData("5. März 2018", "2018-03-05")]
    [InlineData("5. Maerz 2018", "2018-03-05")]
    [InlineData("24. Dezember 2017", "2017-12-24")]
    [InlineData("3. Okt. 2018", "2018-10-03")]
    [InlineData("1. Jänner 2019", "2019-01-01")]
    [InlineData("5 juin 2018", "2018-06-05")]
    [InlineData("1er juin 2018", "2018-06-01")]
    [InlineData("3 févr. 2019", "2019-02-03")]
    [InlineData("24 décembre 2017", "2017-12-24")]
    [InlineData("15 août 2018", "2018-08-15")]
    [InlineData("14 juillet 2018", "2018-07-14")]
    [InlineData("15 sept. 2018", "2018-09-15")]
    [InlineData("Tuesday, 5 June 2018", "2018-06-05")]
    [InlineData("Tuesday, June 5, 2018", "2018-06-05")]
    [InlineData("Mardi 5 juin 2018", "2018-06-05")]
    [InlineData("mar. 5 juin 2018", "2018-06-05")]
    [InlineData("Mar 5, 2018", "2018-03-05")]
    [InlineData("Mar. 5, 2018", "2018-03-05")]
    [InlineData("Dienstag, 5. Juni 2018", "2018-06-05")]
    [InlineData("15.08.99", "1999-08-15")]
    [InlineData("15.08.70", "1970-08-15")]
    [InlineData("15.08.69", "2069-08-15")]
    [InlineData("15.08.00", "2000-08-15")]
    public void Unambiguous_dates_read_as_iso_and_are_not_flagged(string text, string iso)
    {
        Assert.True(DateParser.TryParse(text, DateHints.None, out var date));

        Assert.Equal(iso, date.Iso);
        Assert.False(date.Ambiguous);
        Assert.Null(date.Note);
    }

    [Theory]
    [InlineData("05/06/2018", "en-US", "2018-05-06")]
    [InlineData("05/06/2018", "en-GB", "2018-06-05")]
    [InlineData("05/06/2018", "en", "2018-06-05")]
    [InlineData("05.06.2018", "de", "2018-06-05")]
    [InlineData("05/06/2018", "fr", "2018-06-05")]
    [InlineData("05/06/2018", "", "2018-06-05")]
    [InlineData("5.6.18", "de-CH", "2018-06-05")]
    [InlineData("05-11-2017", "en-US", "2017-05-11")]
    [InlineData("05-11-2017", "fr-FR", "2017-11-05")]
    [InlineData("05/06/2018", "en-US,de", "2018-05-06")]
    [InlineData("05/06/2018", "de,en-US", "2018-06-05")]
    [InlineData("Di. 05.06.2018", "de", "2018-06-05")]
    public void Ambiguous_numeric_dates_follow_the_first_language_and_are_flagged(string text, string languages, string iso)
    {
        var hints = DateHints.ForLanguages(languages.Split(',', StringSplitOptions.RemoveEmptyEntries));

        Assert.True(DateParser.TryParse(text, hints, out var date));

        Assert.Equal(iso, date.Iso);
        Assert.True(date.Ambiguous);
        Assert.NotNull(date.Note);
    }

    [Fact]
    public void Note_says_month_first_was_chosen_for_en_US_and_what_day_first_would_give()
    {
        DateParser.TryParse("05/06/2018", DateHints.ForLanguages("en-US"), out var date);

        Assert.Equal("\"05/06/2018\" read month first as 2018-05-06 (language en-US); day first it would be 2018-06-05", date.Note);
    }

    [Fact]
    public void Note_says_day_first_is_the_default_without_hints()
    {
        DateParser.TryParse("05.06.2018", DateHints.None, out var date);

        Assert.Equal("\"05.06.2018\" read day first as 2018-06-05 (no language hint, day first by default); month first it would be 2018-05-06", date.Note);
    }

    [Fact]
    public void An_explicit_order_wins_over_languages()
    {
        var hints = new DateHints { Languages = ["de"], Order = DateOrder.MonthDayYear };

        DateParser.TryParse("05.06.2018", hints, out var date);

        Assert.Equal(new DateOnly(2018, 5, 6), date.Value);
        Assert.Contains("the order given in the hints", date.Note);
    }

    [Fact]
    public void A_day_above_twelve_is_not_ambiguous_even_under_en_US()
    {
        Assert.True(DateParser.TryParse("13/05/2018", DateHints.ForLanguages("en-US"), out var date));

        Assert.Equal(new DateOnly(2018, 5, 13), date.Value);
        Assert.False(date.Ambiguous);
    }

    [Theory]
    [InlineData("31.02.2018")]
    [InlineData("30.02.2018")]
    [InlineData("29.02.2019")]
    [InlineData("32.01.2018")]
    [InlineData("13/13/2018")]
    [InlineData("00.01.2018")]
    [InlineData("2018-13-01")]
    [InlineData("1899-12-31")]
    [InlineData("05.06.2101")]
    [InlineData("31 juin 2018")]
    [InlineData("5 Foo 2018")]
    [InlineData("20181305")]
    [InlineData("12.50")]
    [InlineData("1.234,56")]
    [InlineData("2018")]
    [InlineData("Invoice")]
    [InlineData("")]
    public void Invalid_or_non_dates_are_rejected(string text)
    {
        Assert.False(DateParser.TryParse(text, DateHints.None, out _));
    }

    [Fact]
    public void FindAll_returns_each_date_in_a_line_with_its_span()
    {
        const string text = "Rechnungsdatum: 05.06.2018 Lieferdatum: 7. Juni 2018";

        var dates = DateParser.FindAll(text, DateHints.ForLanguages("de"));

        Assert.Equal([new DateOnly(2018, 6, 5), new DateOnly(2018, 6, 7)], dates.Select(d => d.Value));
        Assert.Equal(["05.06.2018", "7. Juni 2018"], dates.Select(d => d.Span.Of(text)));
    }

    [Fact]
    public void FindAll_reads_english_dates_with_commas_in_a_sentence()
    {
        var dates = DateParser.FindAll("Invoice date June 5, 2018, due 5 July 2018.", DateHints.None);

        Assert.Equal([new DateOnly(2018, 6, 5), new DateOnly(2018, 7, 5)], dates.Select(d => d.Value));
    }

    [Fact]
    public void FindAll_leaves_the_weekday_and_the_time_outside_the_span()
    {
        const string text = "Datum: Dienstag, 5. Juni 2018 um 14:30";

        var date = Assert.Single(DateParser.FindAll(text, DateHints.None));

        Assert.Equal("5. Juni 2018", date.Span.Of(text));
    }

    [Theory]
    [InlineData("IBAN DE89 3704 0044 0532 0130 00")]
    [InlineData("Betrag 1.234,56 EUR")]
    [InlineData("Version 1.2.3")]
    [InlineData("Ref 05.06.20181")]
    [InlineData("Summary 5 2018")]
    public void FindAll_sees_no_date_in_numbers_that_are_not_dates(string text)
    {
        Assert.Empty(DateParser.FindAll(text, DateHints.None));
    }
}
