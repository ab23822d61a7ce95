using Intake.Extractors.Content;

namespace Intake.Extractors.Tests;

public sealed class ReadingOrderTests
{
    private static Word W(string text, double left, double top, double height = 0.02) => new(text, new BoundingBox(left, top, 0.05, height));

    [Fact]
    public void Words_at_the_same_height_form_one_line_left_to_right()
    {
        var lines = ReadingOrder.Arrange([W("Total", 0.1, 0.50), W("EUR", 0.7, 0.505), W("Invoice", 0.1, 0.10), W("42", 0.8, 0.498)]);

        Assert.Equal(["Invoice", "Total EUR 42"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Lines_barely_apart_stay_apart()
    {
        var lines = ReadingOrder.Arrange([W("one", 0.1, 0.10), W("two", 0.1, 0.125)]);

        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public void Blank_words_are_dropped()
    {
        var lines = ReadingOrder.Arrange([W(" ", 0.1, 0.1), W("x", 0.2, 0.1)]);

        Assert.Equal("x", Assert.Single(lines).Text);
    }
}
