using Intake.Extractors;
using Intake.Extractors.Testing;
using UtilityBill;
using Xunit;

namespace UtilityBill.Tests;

public sealed class UtilityBillExtractorTests
{
    private readonly UtilityBillExtractor _extractor = new();

    private const string GermanBill = """
        Stadtwerke Musterstadt GmbH
        Hauptstraße 1, 12345 Musterstadt

        Stromrechnung
        Kundennummer: 4711-0815          Rechnungsdatum: 12.03.2026
        Abrechnungszeitraum: 01.02.2026 - 28.02.2026
        Zählerstand alt 10.250 kWh   Zählerstand neu 10.612 kWh
        Verbrauch 362 kWh
        Grundpreis                                   12,50 EUR
        Arbeitspreis                                112,22 EUR
        Rechnungsbetrag                             124,72 EUR
        Zahlbar bis: 26.03.2026
        """;

    [Fact]
    public void A_German_electricity_bill_is_claimed()
    {
        ExtractionAssert.Classifies(_extractor, TestContent.FromText(GermanBill), minimumScore: 0.8);
    }

    [Fact]
    public void A_letter_is_not_claimed()
    {
        ExtractionAssert.DoesNotClassify(_extractor, TestContent.FromText("""
            Dear Ms Smith,
            thank you for your application. We will be in touch next week.
            Kind regards
            """));
    }

    [Fact]
    public void The_fields_of_a_German_bill_are_read()
    {
        var content = TestContent.FromText(GermanBill);

        var result = _extractor.Extract(content, new ExtractionContext { Languages = ["de"] });

        ExtractionAssert.Field(result, "provider", "Stadtwerke Musterstadt GmbH");
        ExtractionAssert.Field(result, "accountNumber", "4711-0815");
        ExtractionAssert.Field(result, "billDate", "2026-03-12");
        ExtractionAssert.Field(result, "periodStart", "2026-02-01");
        ExtractionAssert.Field(result, "periodEnd", "2026-02-28");
        ExtractionAssert.Field(result, "dueDate", "2026-03-26");
        ExtractionAssert.Field(result, "totalDue", 124.72m);
        ExtractionAssert.Field(result, "currency", "EUR");
        ExtractionAssert.Field(result, "consumption", 10612m);
        ExtractionAssert.MatchesSchema(_extractor, result);
        Assert.Equal(124.72m, result.Summary.TotalAmount);
    }

    [Fact]
    public void A_French_bill_total_and_due_date_are_read()
    {
        var content = TestContent.FromText("""
            Énergie Lumière SA
            Facture d'électricité
            Numéro de client : 99 120 331
            Période de facturation : 1 janvier 2026 au 31 janvier 2026
            Consommation : 245 kWh
            Montant total : 58,30 €
            À payer avant le 20/02/2026
            """);

        var result = _extractor.Extract(content, new ExtractionContext { Languages = ["fr"] });

        ExtractionAssert.Field(result, "periodStart", "2026-01-01");
        ExtractionAssert.Field(result, "periodEnd", "2026-01-31");
        ExtractionAssert.Field(result, "dueDate", "2026-02-20");
        ExtractionAssert.Field(result, "accountNumber", "99 120 331");
        ExtractionAssert.Field(result, "totalDue", 58.30m);
        ExtractionAssert.Field(result, "currency", "EUR");
        ExtractionAssert.Field(result, "consumption", 245m);
    }
}
