using Intake.Core.Templates;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Processor.Templates;

/// <summary>Turns the text a template found into the value its type asks for, with the SDK's parsers.</summary>
internal static class TemplateValues
{
    /// <returns>Null when the text holds no value of the type (no digits for an amount, no date for a date).</returns>
    public static ExtractedField? Convert(string text, string type, DateHints hints, double confidence, int page, BoundingBox? box)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        switch (type)
        {
            case TemplateFieldTypes.Amount or TemplateFieldTypes.Number:
                var amount = AmountParser.TryParse(text, out var exact) ? exact : AmountParser.FindAll(text).FirstOrDefault()?.Value;
                return amount is not { } value ? null
                    : type == TemplateFieldTypes.Amount ? ExtractedField.Amount(value, confidence, page, box) with { SourceText = text }
                    : ExtractedField.Number(value, confidence, page, box) with { SourceText = text };
            case TemplateFieldTypes.Date:
                var date = DateParser.TryParse(text, hints, out var parsed) ? parsed : DateParser.FindAll(text, hints).FirstOrDefault();
                return date is null ? null : ExtractedField.Date(date.Value, confidence * (date.Ambiguous ? 0.7 : 1), page, box) with { SourceText = text };
            default:
                return ExtractedField.Text(text, confidence, page, box);
        }
    }
}
