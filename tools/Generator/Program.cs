using System.Globalization;
using Intake.Tools.Generator.Invoices;
using Intake.Tools.Generator.Layouts;
using Intake.Tools.Generator.Receipts;

namespace Intake.Tools.Generator;

/// <summary>
/// <c>dotnet run --project tools/Generator -c Release -- --out DIR [--kind statements|invoices|receipts] [--count N] [--seed S] [--no-scans] [--einvoices]</c>:
/// writes N documents of the kind (truth JSON, text PDF, scanned PDF without a text layer; for invoices with
/// <c>--einvoices</c> also the text PDF carrying its CII or UBL XML) into DIR.
/// </summary>
public static class GeneratorProgram
{
    public static async Task<int> Main(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var output = Option("--out");
        var kind = Option("--kind") ?? "statements";
        if (output is null || args.Contains("--help") || kind is not ("statements" or "invoices" or "receipts"))
        {
            Console.Error.WriteLine("usage: Generator --out DIR [--kind statements|invoices|receipts] [--count N] [--seed S] [--no-scans] [--einvoices]");
            Console.Error.WriteLine("  writes NAME.json (truth), NAME.pdf (text PDF), NAME-scan.pdf (rasterised, noisy, no text layer) and with --einvoices NAME-einvoice.pdf (the text PDF carrying its CII or UBL XML) per document");
            Console.Error.WriteLine("statement layouts: " + Names(StatementLayouts.All.Select(l => (l.Name, l.HeldOut))));
            Console.Error.WriteLine("invoice layouts: " + Names(InvoiceLayouts.All.Select(l => (l.Name, l.HeldOut))));
            Console.Error.WriteLine("receipt layouts: " + Names(ReceiptLayouts.All.Select(l => (l.Name, l.HeldOut))));
            return 2;
        }

        var count = int.Parse(Option("--count") ?? "10", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("--seed") ?? "1", CultureInfo.InvariantCulture);
        var directory = Path.GetFullPath(output);
        var scans = !args.Contains("--no-scans");
        var written = kind switch
        {
            "invoices" => (await InvoiceSet.WriteAsync(directory, count, seed, scans, eInvoices: args.Contains("--einvoices")))
                .Select(i => (i.Invoice.Id, i.Layout.Name, i.Layout.HeldOut, $"{i.Invoice.Lines.Count} items")),
            "receipts" => (await ReceiptSet.WriteAsync(directory, count, seed, scans))
                .Select(r => (r.Receipt.Id, r.Layout.Name, r.Layout.HeldOut, $"{r.Receipt.Items.Count} items")),
            _ => (await StatementSet.WriteAsync(directory, count, seed, scans))
                .Select(s => (s.Statement.Id, s.Layout.Name, s.Layout.HeldOut, $"{s.Statement.Transactions.Count} transactions")),
        };
        foreach (var (id, layout, heldOut, size) in written)
        {
            Console.WriteLine($"{id} {layout}{(heldOut ? " (held out)" : "")}: {size}");
        }

        var heldOutLayouts = kind switch
        {
            "invoices" => InvoiceLayouts.HeldOut.Select(l => l.Name),
            "receipts" => ReceiptLayouts.HeldOut.Select(l => l.Name),
            _ => StatementLayouts.HeldOut.Select(l => l.Name),
        };
        Console.WriteLine($"held-out layouts: {string.Join(", ", heldOutLayouts)}");

        return 0;
    }

    private static string Names(IEnumerable<(string Name, bool HeldOut)> layouts) =>
        string.Join(", ", layouts.Select(l => l.Name + (l.HeldOut ? " (held out)" : "")));
}
