using Intake.Bench.Accuracy.Scoring;

namespace Intake.Bench.Tests;

public sealed class NormaliseTests
{
    [Theory]
    [InlineData("9.00", "9.00")]
    [InlineData("$8.20", "8.20")]
    [InlineData("RM 1,234.50", "1234.50")]
    [InlineData(" 60.30 ", "60.30")]
    [InlineData("-7.67", "-7.67")]
    public void Printed_amounts_become_numbers(string printed, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Normalise.PrintedAmount(printed));

    [Fact]
    public void An_amount_printed_as_nothing_is_no_value() => Assert.Null(Normalise.PrintedAmount(""));

    [Theory]
    [InlineData("25/12/2018", "2018-12-25")]
    [InlineData("12-01-19", "2019-01-12")]
    [InlineData("18/03/18", "2018-03-18")]
    [InlineData("5/3/2018", "2018-03-05")]
    [InlineData("12/28/2017", "2017-12-28")]
    [InlineData("05 MAR 2018", "2018-03-05")]
    [InlineData("2018-03-23", "2018-03-23")]
    [InlineData("10-03-2018", "2018-03-10")]
    public void Printed_dates_are_read_day_first_unless_the_month_cannot_be_second(string printed, string iso) =>
        Assert.Equal(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), Normalise.PrintedDate(printed));

    [Fact]
    public void A_date_format_the_benchmark_does_not_know_stops_it_rather_than_scoring_wrongly() =>
        Assert.Throws<FormatException>(() => Normalise.PrintedDate("March the fifth"));

    [Fact]
    public void Whitespace_is_trimmed_and_collapsed_but_case_is_kept() =>
        Assert.Equal("NO.53 55,57 & 59, JALAN", Normalise.Whitespace("  NO.53  55,57 &\t59,\nJALAN "));

    [Fact]
    public void Every_printed_date_and_total_of_the_receipt_corpus_normalises()
    {
        var receipts = CorpusSet.Receipts.Load(CorpusFiles.Directory);

        Assert.Equal(60, receipts.Count);
        Assert.All(receipts, r => Assert.NotNull(Normalise.PrintedDate(r.Truth["date"]!.GetValue<string>())));
        Assert.Equal(59, receipts.Count(r => Normalise.PrintedAmount(r.Truth["total"]!.GetValue<string>()) is not null));
    }
}
