using System.Text.RegularExpressions;

namespace Intake.Core.Templates;

/// <summary>What makes a template usable; each problem names where it is (<c>fields[2].pattern</c>) and why.</summary>
public static partial class TemplateValidation
{
    public const int MaxFields = 100;
    public const int MaxNameLength = 200;
    public const int MaxPatternLength = 1000;

    public static IReadOnlyList<string> Problems(TemplateDefinition? template)
    {
        if (template is null)
        {
            return ["the body must be a template: {\"name\": ..., \"fields\": [...]}"];
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(template.Name) || template.Name.Length > MaxNameLength)
        {
            problems.Add($"name: required, at most {MaxNameLength} characters");
        }

        var fields = template.Fields ?? [];
        if (fields.Count == 0 && template.LineItems is null)
        {
            problems.Add("fields: a template needs at least one field or a lineItems block");
        }

        if (fields.Count > MaxFields)
        {
            problems.Add($"fields: at most {MaxFields}");
        }

        for (var i = 0; i < fields.Count; i++)
        {
            CheckField(fields[i], $"fields[{i}]", problems);
        }

        foreach (var duplicate in fields.Where(f => f?.Name is not null).GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            problems.Add($"fields: '{duplicate.Key}' is defined {duplicate.Count()} times");
        }

        if (template.LineItems is { } items)
        {
            CheckLineItems(items, problems);
        }

        return problems;
    }

    private static void CheckField(TemplateField? field, string at, List<string> problems)
    {
        if (field is null)
        {
            problems.Add($"{at}: must be an object");
            return;
        }

        CheckName(field.Name, $"{at}.name", problems);
        CheckType(field.Type, $"{at}.type", problems);
        if (string.IsNullOrWhiteSpace(field.Anchor) && string.IsNullOrEmpty(field.Pattern) && field.Area is null)
        {
            problems.Add($"{at}: say where the value is: an anchor, a pattern or an area");
        }

        if (field.Pattern is not null)
        {
            CheckPattern(field.Pattern, $"{at}.pattern", problems);
        }

        if (field.Area is { } area && !(area.Left >= 0 && area.Left < area.Right && area.Right <= 1 && area.Top >= 0 && area.Top < area.Bottom && area.Bottom <= 1))
        {
            problems.Add($"{at}.area: left < right and top < bottom, all between 0 and 1 (fractions of the page)");
        }

        if (field.Area?.Page is < 1)
        {
            problems.Add($"{at}.area.page: pages count from 1");
        }
    }

    private static void CheckLineItems(TemplateLineItems items, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(items.Start))
        {
            problems.Add("lineItems.start: the label of the line the table starts after is required");
        }

        if (string.IsNullOrEmpty(items.RowPattern))
        {
            problems.Add("lineItems.rowPattern: required, with a named group per column");
            return;
        }

        if (CheckPattern(items.RowPattern, "lineItems.rowPattern", problems) is not { } regex)
        {
            return;
        }

        var columns = items.Columns ?? [];
        if (columns.Count == 0)
        {
            problems.Add("lineItems.columns: at least one column");
        }

        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            CheckName(column?.Name, $"lineItems.columns[{i}].name", problems);
            CheckType(column?.Type, $"lineItems.columns[{i}].type", problems);
            if (column?.Name is { } name && !regex.GetGroupNames().Contains(name))
            {
                problems.Add($"lineItems.columns[{i}]: rowPattern has no group (?<{name}>...)");
            }
        }
    }

    private static Regex? CheckPattern(string pattern, string at, List<string> problems)
    {
        if (pattern.Length > MaxPatternLength)
        {
            problems.Add($"{at}: at most {MaxPatternLength} characters");
            return null;
        }

        if (TemplatePatterns.Problem(pattern) is { } problem)
        {
            problems.Add($"{at}: {problem}");
            return null;
        }

        return TemplatePatterns.Create(pattern);
    }

    private static void CheckName(string? name, string at, List<string> problems)
    {
        if (name is null || !FieldName().IsMatch(name))
        {
            problems.Add($"{at}: a name of letters, digits and _ starting with a letter, at most 64 characters (invoiceNumber)");
        }
    }

    private static void CheckType(string? type, string at, List<string> problems)
    {
        if (type is null || !TemplateFieldTypes.All.Contains(type))
        {
            problems.Add($"{at}: unknown type '{type}'; one of {string.Join(", ", TemplateFieldTypes.All)}");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex FieldName();
}
