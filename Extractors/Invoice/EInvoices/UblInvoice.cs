using System.Xml.Linq;

namespace Intake.Extractors.Invoices.EInvoices;

/// <summary>OASIS UBL 2.1 Invoice and CreditNote, as XRechnung (UBL) and Peppol BIS write them.</summary>
internal static class UblInvoice
{
    public static EInvoiceFields Read(XElement root)
    {
        var fields = new EInvoiceFields();
        fields.Text("invoiceNumber", root.Child("ID"));
        fields.Date("invoiceDate", root.Child("IssueDate"));
        fields.Date("dueDate", root.Child("DueDate") ?? root.Find("PaymentMeans", "PaymentDueDate"));

        var seller = root.Find("AccountingSupplierParty");
        fields.Text("vendorName", seller.Find("PartyLegalEntity", "RegistrationName") ?? seller.Find("PartyName", "Name"));
        fields.Text("vendorTaxId", seller.Find("PartyTaxScheme", "CompanyID"));
        var customer = root.Find("AccountingCustomerParty");
        fields.Text("customerName", customer.Find("PartyLegalEntity", "RegistrationName") ?? customer.Find("PartyName", "Name"));
        fields.Text("purchaseOrder", root.Find("OrderReference").Child("ID"));
        fields.Currency(root.Child("DocumentCurrencyCode"));
        fields.Text("iban", root.Find("PayeeFinancialAccount").Child("ID"));

        var sums = root.Child("LegalMonetaryTotal");
        fields.Amount("subtotal", sums.Child("TaxExclusiveAmount"));
        fields.Amount("taxAmount", root.Child("TaxTotal").Child("TaxAmount"));
        fields.Amount("totalAmount", sums.Child("TaxInclusiveAmount"));
        fields.Amount("amountDue", sums.Child("PayableAmount"));

        foreach (var line in root.Elements().Where(e => e.Name.LocalName is "InvoiceLine" or "CreditNoteLine"))
        {
            fields.Item(
                line.Child("Item").Child("Name"),
                line.Child("InvoicedQuantity") ?? line.Child("CreditedQuantity"),
                line.Child("Price").Child("PriceAmount"),
                line.Child("LineExtensionAmount"),
                line.Find("ClassifiedTaxCategory").Child("Percent"));
        }

        return fields;
    }
}
