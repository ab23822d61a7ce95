namespace Intake.Extractors.Receipts;

/// <summary>Votes for values a receipt's total could be, each remembering the strongest line that printed it.</summary>
internal sealed class TotalVotes
{
    private readonly Dictionary<decimal, double> _votes = [];
    private readonly Dictionary<decimal, ReceiptLine> _sources = [];

    public IReadOnlyCollection<decimal> Values => _votes.Keys;

    public bool Contains(decimal value) => _votes.ContainsKey(value);

    public bool IsPrinted(decimal value) => _sources.ContainsKey(value);

    /// <summary>Adds <paramref name="weight"/> to <paramref name="value"/> (positive values only), printed on <paramref name="source"/> when given.</summary>
    public void Add(decimal value, double weight, ReceiptLine? source = null)
    {
        if (value <= 0)
        {
            return;
        }

        _votes[value] = _votes.GetValueOrDefault(value) + weight;
        if (source is not null && (!_sources.TryGetValue(value, out var known) || Strength(source) > Strength(known)))
        {
            _sources[value] = source;
        }
    }

    /// <summary>The value with most votes (a printed one on a tie), its votes and the line it was printed on; null when there are none.</summary>
    public (decimal Value, double Votes, ReceiptLine? Source)? Best()
    {
        if (_votes.Count == 0)
        {
            return null;
        }

        var (value, votes) = _votes.OrderByDescending(v => v.Value).ThenByDescending(v => _sources.ContainsKey(v.Key)).First();
        return (value, votes, _sources.GetValueOrDefault(value));
    }

    private static int Strength(ReceiptLine line) => line.Role switch
    {
        LineRole.FinalTotal => 3,
        LineRole.Total => 2,
        _ => 1,
    };
}
