using System.Xml.Linq;

namespace Intake.Extractors.Invoices.EInvoices;

/// <summary>
/// UN/CEFACT Cross Industry Invoice, as ZUGFeRD 2, Factur-X and XRechnung (CII) write it, and
/// ZUGFeRD 1's Cross Industry Document, whose elements differ in a few names.
/// </summary>
internal static class CiiInvoice
{
    public static EInvoiceFields Read(XElement root)
    {
        var fields = new EInvoiceFields();
        var document = root.Find("ExchangedDocument") ?? root.Find("HeaderExchangedDocument");
        fields.Text("invoiceNumber", document.Child("ID"));
        fields.Date("invoiceDate", document.Child("IssueDateTime").Find("DateTimeString"));
        fields.Date("dueDate", root.Find("SpecifiedTradePaymentTerms", "DueDateDateTime", "DateTimeString"));

        var seller = root.Find("SellerTradeParty");
        fields.Text("vendorName", seller.Child("Name"));
        fields.Text("vendorAddress", Address(seller.Child("PostalTradeAddress")));
        var registrations = seller?.Elements().Where(e => e.Name.LocalName == "SpecifiedTaxRegistration").Select(r => r.Child("ID")).ToList() ?? [];
        fields.Text("vendorTaxId", registrations.FirstOrDefault(id => id?.Attribute("schemeID")?.Value == "VA") ?? registrations.FirstOrDefault());
        fields.Text("customerName", root.Find("BuyerTradeParty").Child("Name"));
        var order = root.Find("BuyerOrderReferencedDocument");
        fields.Text("purchaseOrder", order.Child("IssuerAssignedID") ?? order.Child("ID"));

        var currency = root.Find("InvoiceCurrencyCode");
        fields.Currency(currency);
        fields.Text("iban", root.Find("PayeePartyCreditorFinancialAccount", "IBANID"));

        // The document's sums; ZUGFeRD 1 names them as its lines do, so the header's are the settlement's own child.
        var sums = root.Find("SpecifiedTradeSettlementHeaderMonetarySummation")
            ?? root.Find("ApplicableSupplyChainTradeSettlement").Child("SpecifiedTradeSettlementMonetarySummation");
        fields.Amount("subtotal", sums.Child("TaxBasisTotalAmount"));
        // The tax may be stated twice, in the invoice's currency and in the tax currency.
        var taxes = sums?.Elements().Where(e => e.Name.LocalName == "TaxTotalAmount").ToList() ?? [];
        fields.Amount("taxAmount", taxes.FirstOrDefault(t => t.Attribute("currencyID")?.Value == currency.Text()) ?? taxes.FirstOrDefault());
        fields.Amount("totalAmount", sums.Child("GrandTotalAmount"));
        fields.Amount("amountDue", sums.Child("DuePayableAmount"));

        foreach (var line in root.All("IncludedSupplyChainTradeLineItem"))
        {
            fields.Item(
                line.Find("SpecifiedTradeProduct").Child("Name"),
                line.Find("BilledQuantity"),
                line.Find("NetPriceProductTradePrice").Child("ChargeAmount"),
                line.Find("LineTotalAmount"),
                line.Find("RateApplicablePercent") ?? line.Find("ApplicablePercent"));
        }

        return fields;
    }

    /// <summary>"12 Harbour Road, BS1 4QA Bristol, GB": the address lines, postcode and city, country.</summary>
    private static string Address(XElement? address)
    {
        var parts = new[] { "LineOne", "LineTwo", "LineThree" }.Select(n => address.Child(n).Text())
            .Append(string.Join(' ', new[] { address.Child("PostcodeCode").Text(), address.Child("CityName").Text() }.OfType<string>()))
            .Append(address.Child("CountryID").Text())
            .Where(p => !string.IsNullOrWhiteSpace(p));
        return string.Join(", ", parts);
    }
}
