using System.Xml;
using System.Xml.Linq;
using Intake.Extractors.Content;

namespace Intake.Extractors.Invoices.EInvoices;

/// <summary>
/// The invoice XML a PDF carries, parsed safely (no DTDs, no external entities, bounded size),
/// and how to find its elements: by local name, since ZUGFeRD 1, ZUGFeRD 2 / Factur-X and
/// XRechnung name the same things in different namespaces.
/// </summary>
internal static class EInvoiceXml
{
    private static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 20_000_000,
    };

    /// <summary>The first embedded file whose root is an invoice in one of the syntaxes <see cref="EmbeddedInvoice"/> reads.</summary>
    public static XElement? InvoiceRoot(DocumentContent content)
    {
        foreach (var file in content.EmbeddedFiles)
        {
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(file.Bytes), Safe);
                var root = XDocument.Load(reader).Root;
                if (root?.Name.LocalName is "CrossIndustryInvoice" or "CrossIndustryDocument" or "Invoice" or "CreditNote")
                {
                    return root;
                }
            }
            catch (XmlException)
            {
                // Not well-formed: not an invoice we can trust; the page is read instead.
            }
        }

        return null;
    }

    /// <summary>The first descendant of <paramref name="element"/> named <paramref name="path"/>'s last step, under its earlier steps.</summary>
    public static XElement? Find(this XElement? element, params string[] path)
    {
        var current = element;
        foreach (var step in path)
        {
            current = current?.Descendants().FirstOrDefault(e => e.Name.LocalName == step);
        }

        return current;
    }

    /// <summary>Every descendant named <paramref name="localName"/>.</summary>
    public static IEnumerable<XElement> All(this XElement element, string localName) => element.Descendants().Where(e => e.Name.LocalName == localName);

    /// <summary>The direct child named <paramref name="localName"/>.</summary>
    public static XElement? Child(this XElement? element, string localName) => element?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    public static string? Text(this XElement? element) => element?.Value.Trim() is { Length: > 0 } text ? text : null;
}
