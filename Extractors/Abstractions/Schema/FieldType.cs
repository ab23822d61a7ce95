namespace Intake.Extractors.Schema;

/// <summary>The kinds of value a field or table cell holds, and how each appears in JSON.</summary>
public enum FieldType
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A decimal number (quantities, rates).</summary>
    Number,

    /// <summary>A decimal money amount, in the document's currency.</summary>
    Amount,

    /// <summary>A calendar date, ISO 8601 <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A time of day, ISO 8601 <c>HH:mm:ss</c>.</summary>
    Time,

    /// <summary>An ISO 4217 currency code (<c>EUR</c>).</summary>
    Currency,

    /// <summary>true or false.</summary>
    Boolean,
}
