using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Intake.Tools.Generator.Invoices;

/// <summary>The e-invoice syntaxes the generator writes: the two EN 16931 allows.</summary>
public enum EInvoiceSyntax
{
    /// <summary>UN/CEFACT Cross Industry Invoice, as Factur-X and ZUGFeRD 2 (profile EN 16931) carry it in <c>factur-x.xml</c>.</summary>
    Cii,

    /// <summary>OASIS UBL 2.1 Invoice or CreditNote, as XRechnung (UBL) writes it, carried in <c>xrechnung.xml</c>.</summary>
    Ubl,
}

/// <summary>
/// An invoice's XML, written from the standards' element names (EN 16931 business terms), so the
/// PDF that carries it is an e-invoice as a supplier's software would make it. Amounts are stated
/// as EN 16931 states them: a credit note's positive, its type code saying which way money flows.
/// </summary>
public static class EInvoiceWriter
{
    private static readonly XNamespace Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    private static readonly XNamespace Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    private static readonly XNamespace Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    /// <summary>The attachment's name, as each convention names it.</summary>
    public static string FileName(EInvoiceSyntax syntax) => syntax == EInvoiceSyntax.Cii ? "factur-x.xml" : "xrechnung.xml";

    public static byte[] Write(Invoice invoice, InvoiceLayout layout, EInvoiceSyntax syntax)
    {
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null), syntax == EInvoiceSyntax.Cii ? Cii(invoice, layout) : Ubl(invoice, layout));
        using var output = new MemoryStream();
        using (var writer = new StreamWriter(output, new UTF8Encoding(false)))
        {
            document.Save(writer);
        }

        return output.ToArray();
    }

    private static XElement Cii(Invoice invoice, InvoiceLayout layout)
    {
        var currency = invoice.Currency;
        return new XElement(Rsm + "CrossIndustryInvoice",
            new XAttribute(XNamespace.Xmlns + "rsm", Rsm), new XAttribute(XNamespace.Xmlns + "ram", Ram), new XAttribute(XNamespace.Xmlns + "udt", Udt),
            new XElement(Rsm + "ExchangedDocumentContext",
                new XElement(Ram + "GuidelineSpecifiedDocumentContextParameter", new XElement(Ram + "ID", "urn:cen.eu:en16931:2017"))),
            new XElement(Rsm + "ExchangedDocument",
                new XElement(Ram + "ID", invoice.Number),
                new XElement(Ram + "TypeCode", layout.CreditNote ? "381" : "380"),
                new XElement(Ram + "IssueDateTime", CiiDate(invoice.Date))),
            new XElement(Rsm + "SupplyChainTradeTransaction",
                invoice.Lines.Select((line, i) => new XElement(Ram + "IncludedSupplyChainTradeLineItem",
                    new XElement(Ram + "AssociatedDocumentLineDocument", new XElement(Ram + "LineID", i + 1)),
                    new XElement(Ram + "SpecifiedTradeProduct", new XElement(Ram + "Name", line.Description)),
                    new XElement(Ram + "SpecifiedLineTradeAgreement",
                        new XElement(Ram + "NetPriceProductTradePrice", new XElement(Ram + "ChargeAmount", Number(Math.Abs(line.UnitPrice))))),
                    new XElement(Ram + "SpecifiedLineTradeDelivery", new XElement(Ram + "BilledQuantity", new XAttribute("unitCode", "C62"), Number(line.Quantity))),
                    new XElement(Ram + "SpecifiedLineTradeSettlement",
                        CiiTax(line.VatRate, null, null),
                        new XElement(Ram + "SpecifiedTradeSettlementLineMonetarySummation",
                            new XElement(Ram + "LineTotalAmount", Number(Math.Abs(line.Amount))))))),
                new XElement(Ram + "ApplicableHeaderTradeAgreement",
                    CiiParty("SellerTradeParty", invoice.Seller, Country(invoice.Seller, invoice.Seller)),
                    CiiParty("BuyerTradeParty", invoice.Customer, Country(invoice.Customer, invoice.Seller))),
                new XElement(Ram + "ApplicableHeaderTradeDelivery"),
                new XElement(Ram + "ApplicableHeaderTradeSettlement",
                    new XElement(Ram + "InvoiceCurrencyCode", currency),
                    invoice.Seller.Iban is { } iban
                        ? new XElement(Ram + "SpecifiedTradeSettlementPaymentMeans",
                            new XElement(Ram + "TypeCode", "58"),
                            new XElement(Ram + "PayeePartyCreditorFinancialAccount", new XElement(Ram + "IBANID", iban.Replace(" ", "", StringComparison.Ordinal))))
                        : null,
                    invoice.VatByRate.Select(v => CiiTax(v.Rate, Math.Abs(v.Base), Math.Abs(v.Vat))),
                    new XElement(Ram + "SpecifiedTradePaymentTerms", new XElement(Ram + "DueDateDateTime", CiiDate(invoice.DueDate))),
                    new XElement(Ram + "SpecifiedTradeSettlementHeaderMonetarySummation",
                        new XElement(Ram + "LineTotalAmount", Number(Math.Abs(invoice.Net))),
                        new XElement(Ram + "TaxBasisTotalAmount", Number(Math.Abs(invoice.Net))),
                        new XElement(Ram + "TaxTotalAmount", new XAttribute("currencyID", currency), Number(Math.Abs(invoice.Vat))),
                        new XElement(Ram + "GrandTotalAmount", Number(Math.Abs(invoice.Gross))),
                        new XElement(Ram + "TotalPrepaidAmount", Number(Math.Abs(invoice.Prepayment))),
                        new XElement(Ram + "DuePayableAmount", Number(Math.Abs(invoice.AmountDue)))),
                    // BT-25: the invoice a credit note corrects.
                    invoice.CorrectedInvoiceNumber is { } corrected
                        ? new XElement(Ram + "InvoiceReferencedDocument", new XElement(Ram + "IssuerAssignedID", corrected))
                        : null)));
    }

    private static XElement CiiDate(DateOnly date) =>
        new(Udt + "DateTimeString", new XAttribute("format", "102"), date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    /// <summary>A VAT line: on an item only its category and rate; in the header also its base and amount.</summary>
    private static XElement CiiTax(decimal rate, decimal? basis, decimal? amount) =>
        new(Ram + "ApplicableTradeTax",
            amount is { } vat ? new XElement(Ram + "CalculatedAmount", Number(vat)) : null,
            new XElement(Ram + "TypeCode", "VAT"),
            basis is { } b ? new XElement(Ram + "BasisAmount", Number(b)) : null,
            new XElement(Ram + "CategoryCode", rate == 0 ? "Z" : "S"),
            new XElement(Ram + "RateApplicablePercent", Number(rate)));

    private static XElement CiiParty(string role, Party party, string country) =>
        new(Ram + role,
            new XElement(Ram + "Name", party.Name),
            new XElement(Ram + "PostalTradeAddress",
                party.AddressLines.Select((line, i) => new XElement(Ram + (i switch { 0 => "LineOne", 1 => "LineTwo", _ => "LineThree" }), line)).Take(3),
                new XElement(Ram + "CountryID", country)),
            party.VatId is { } vatId ? new XElement(Ram + "SpecifiedTaxRegistration", new XElement(Ram + "ID", new XAttribute("schemeID", "VA"), vatId)) : null);

    private static XElement Ubl(Invoice invoice, InvoiceLayout layout)
    {
        XNamespace root = layout.CreditNote ? "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" : "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
        var kind = layout.CreditNote ? "CreditNote" : "Invoice";
        var currency = invoice.Currency;
        XElement Amount(string name, decimal value) => new(Cbc + name, new XAttribute("currencyID", currency), Number(Math.Abs(value)));
        return new XElement(root + kind,
            new XAttribute(XNamespace.Xmlns + "cac", Cac), new XAttribute(XNamespace.Xmlns + "cbc", Cbc),
            new XElement(Cbc + "CustomizationID", "urn:cen.eu:en16931:2017"),
            new XElement(Cbc + "ID", invoice.Number),
            new XElement(Cbc + "IssueDate", IsoDate(invoice.Date)),
            layout.CreditNote ? null : new XElement(Cbc + "DueDate", IsoDate(invoice.DueDate)),
            new XElement(Cbc + kind + "TypeCode", layout.CreditNote ? "381" : "380"),
            new XElement(Cbc + "DocumentCurrencyCode", currency),
            invoice.CorrectedInvoiceNumber is { } corrected
                ? new XElement(Cac + "BillingReference", new XElement(Cac + "InvoiceDocumentReference", new XElement(Cbc + "ID", corrected)))
                : null,
            new XElement(Cac + "AccountingSupplierParty", UblParty(invoice.Seller, Country(invoice.Seller, invoice.Seller))),
            new XElement(Cac + "AccountingCustomerParty", UblParty(invoice.Customer, Country(invoice.Customer, invoice.Seller))),
            new XElement(Cac + "PaymentMeans",
                new XElement(Cbc + "PaymentMeansCode", "58"),
                layout.CreditNote ? new XElement(Cbc + "PaymentDueDate", IsoDate(invoice.DueDate)) : null,
                invoice.Seller.Iban is { } iban ? new XElement(Cac + "PayeeFinancialAccount", new XElement(Cbc + "ID", iban.Replace(" ", "", StringComparison.Ordinal))) : null),
            new XElement(Cac + "TaxTotal",
                Amount("TaxAmount", invoice.Vat),
                invoice.VatByRate.Select(v => new XElement(Cac + "TaxSubtotal",
                    Amount("TaxableAmount", v.Base),
                    Amount("TaxAmount", v.Vat),
                    UblTaxCategory("TaxCategory", v.Rate)))),
            new XElement(Cac + "LegalMonetaryTotal",
                Amount("LineExtensionAmount", invoice.Net),
                Amount("TaxExclusiveAmount", invoice.Net),
                Amount("TaxInclusiveAmount", invoice.Gross),
                Amount("PrepaidAmount", invoice.Prepayment),
                Amount("PayableAmount", invoice.AmountDue)),
            invoice.Lines.Select((line, i) => new XElement(Cac + kind + "Line",
                new XElement(Cbc + "ID", i + 1),
                new XElement(Cbc + (layout.CreditNote ? "CreditedQuantity" : "InvoicedQuantity"), new XAttribute("unitCode", "C62"), Number(line.Quantity)),
                Amount("LineExtensionAmount", line.Amount),
                new XElement(Cac + "Item", new XElement(Cbc + "Name", line.Description), UblTaxCategory("ClassifiedTaxCategory", line.VatRate)),
                new XElement(Cac + "Price", Amount("PriceAmount", line.UnitPrice)))));
    }

    private static XElement UblParty(Party party, string country) =>
        new(Cac + "Party",
            new XElement(Cac + "PartyName", new XElement(Cbc + "Name", party.Name)),
            new XElement(Cac + "PostalAddress",
                party.AddressLines.Take(2).Select((line, i) => new XElement(Cbc + (i == 0 ? "StreetName" : "AdditionalStreetName"), line)),
                new XElement(Cac + "Country", new XElement(Cbc + "IdentificationCode", country))),
            party.VatId is { } vatId
                ? new XElement(Cac + "PartyTaxScheme", new XElement(Cbc + "CompanyID", vatId), new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "VAT")))
                : null,
            new XElement(Cac + "PartyLegalEntity", new XElement(Cbc + "RegistrationName", party.Name)));

    private static XElement UblTaxCategory(string name, decimal rate) =>
        new(Cac + name,
            new XElement(Cbc + "ID", rate == 0 ? "Z" : "S"),
            new XElement(Cbc + "Percent", Number(rate)),
            new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "VAT")));

    /// <summary>
    /// The country a party's VAT id starts with (every generated seller has one); for a party without
    /// one, a customer, the seller's, as on a domestic invoice.
    /// </summary>
    private static string Country(Party party, Party seller) =>
        CountryOf(party.VatId) ?? CountryOf(seller.VatId) ?? throw new InvalidOperationException($"Seller {seller.Name} has no VAT id to take a country from.");

    private static string? CountryOf(string? id) =>
        id is { Length: > 2 } && char.IsAsciiLetterUpper(id[0]) && char.IsAsciiLetterUpper(id[1]) ? id[..2] : null;

    private static string Number(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
