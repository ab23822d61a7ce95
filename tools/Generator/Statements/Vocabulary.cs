namespace Intake.Tools.Generator.Statements;

/// <summary>Invented banks, people and payees per language: nothing here names a real account.</summary>
internal static class Vocabulary
{
    public static readonly string[] EnglishBanks =
        ["Northgate Bank plc", "Harbour Savings Bank", "Meridian Trust Bank", "Riverside Building Society", "First Lakeland Bank", "Granite Bank"];

    public static readonly string[] GermanBanks =
        ["Sparkasse Rheintal", "Volksbank Mittelgau", "Alpenbank AG", "Hanseatische Privatbank", "Raiffeisenbank Oberland"];

    public static readonly string[] FrenchBanks =
        ["Banque du Lac", "Crédit Rhodanien", "Banque Populaire des Vosges", "Caisse d'Épargne Loire", "Banque Cantonale du Jura"];

    public static readonly string[] GivenNames = ["Anna", "James", "Sophie", "Lukas", "Claire", "Martin", "Emily", "Jonas", "Camille", "Oliver", "Léa", "Paul"];

    public static readonly string[] FamilyNames = ["Whitfield", "Berger", "Dubois", "Hartmann", "Okafor", "Lambert", "Novak", "Fischer", "Moreau", "Reid", "Keller", "Marchand"];

    /// <summary>(description, typical size, is credit) per language; {n} becomes a reference number.</summary>
    public static readonly (string Text, decimal Size, bool Credit)[] English =
    [
        ("Card payment GREENLEAF GROCERS {n}", 60, false), ("Direct debit City Water Services", 45, false), ("Salary NORTHWIND LTD", 2900, true),
        ("Transfer to S Patel", 150, false), ("ATM withdrawal High Street", 100, false), ("Standing order Rent Flat 2", 950, false),
        ("Card payment Corner Cafe", 8, false), ("Direct debit Mobile Phone Co", 32, false), ("Refund ONLINE STORE order {n}", 40, true),
        ("Interest paid", 3, true), ("Card payment Petrol Station {n}", 70, false), ("Transfer from M Reid", 200, true),
        ("Direct debit Council Tax", 140, false), ("Card payment Bookshop", 25, false), ("Monthly account fee", 6, false),
        ("Card payment TRAINLINE ticket {n} return journey", 55, false), ("Faster payment received from J Okafor invoice {n}", 480, true),
    ];

    public static readonly (string Text, decimal Size, bool Credit)[] German =
    [
        ("Kartenzahlung Marktkauf {n}", 55, false), ("Lastschrift Stadtwerke Mittelgau", 85, false), ("Gehalt Nordlicht GmbH", 3100, true),
        ("Überweisung an K. Fischer", 120, false), ("Bargeldauszahlung Geldautomat", 100, false), ("Dauerauftrag Miete Wohnung", 890, false),
        ("Kartenzahlung Bäckerei Sonnenkorn", 7, false), ("Lastschrift Mobilfunk Vertrag {n}", 30, false), ("Gutschrift Erstattung Bestellung {n}", 45, true),
        ("Zinsgutschrift", 2, true), ("Kartenzahlung Tankstelle {n}", 65, false), ("Überweisung von L. Hartmann", 250, true),
        ("Lastschrift Rundfunkbeitrag", 55, false), ("Kontoführungsentgelt", 5, false),
        ("Lastschrift Krankenversicherung Beitrag Mitgliedsnummer {n}", 180, false), ("SEPA-Überweisung Rechnung {n} Handwerksbetrieb Keller", 420, false),
    ];

    public static readonly (string Text, decimal Size, bool Credit)[] French =
    [
        ("Paiement CB Supermarché des Halles {n}", 60, false), ("Prélèvement Eaux de la Vallée", 40, false), ("Virement salaire Société Lumière", 2700, true),
        ("Virement émis vers C. Moreau", 130, false), ("Retrait DAB Place de la Gare", 80, false), ("Prélèvement loyer appartement", 850, false),
        ("Paiement CB Boulangerie du Coin", 6, false), ("Prélèvement téléphonie mobile {n}", 28, false), ("Remboursement commande {n}", 35, true),
        ("Intérêts créditeurs", 2, true), ("Paiement CB Station service {n}", 60, false), ("Virement reçu de P. Lambert", 220, true),
        ("Cotisation carte bancaire", 4, false), ("Prélèvement assurance habitation contrat {n}", 38, false),
        ("Virement reçu remboursement frais de déplacement mission {n}", 310, true),
    ];
}
