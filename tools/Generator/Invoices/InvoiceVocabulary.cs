namespace Intake.Tools.Generator.Invoices;

/// <summary>Invented sellers, customers and items per language: nothing here names a real business.</summary>
internal static class InvoiceVocabulary
{
    public static (string Name, string[] Address)[] Sellers(string language) => language[..2] switch
    {
        "de" => [("Brandt & Sohn Haustechnik GmbH", ["Lindenstraße 14", "70173 Stuttgart"]), ("Nordlicht Medien GmbH", ["Am Hafen 3", "24103 Kiel"]),
                 ("Bergmann Büroservice e.K.", ["Hauptstraße 88", "80331 München"]), ("Alpenblick Software GmbH", ["Museumstraße 5", "6020 Innsbruck"])],
        "fr" => [("Atelier Durand SARL", ["12 rue des Lilas", "69003 Lyon"]), ("Boulanger Conseil SAS", ["48 avenue Victor Hugo", "75116 Paris"]),
                 ("Menuiserie Leclerc", ["3 chemin du Moulin", "44000 Nantes"])],
        _ => [("Harbourside Design Ltd", ["Unit 4, Quay Street", "Bristol BS1 4DJ"]), ("Pinecrest Consulting LLC", ["220 Market Street, Suite 500", "Portland, OR 97204"]),
              ("Copperleaf Print Works Ltd", ["17 Mill Lane", "Leeds LS2 7EW"]), ("Bluewater Systems Inc.", ["1450 Lakeview Avenue", "Austin, TX 78701"])],
    };

    public static (string Name, string[] Address)[] Customers(string language) => language[..2] switch
    {
        "de" => [("Stadtwerke Talheim GmbH", ["Postfach 120", "74388 Talheim"]), ("Praxis Dr. Keller", ["Bahnhofstraße 2", "89073 Ulm"]),
                 ("Weber Logistik AG", ["Industriering 40", "4020 Linz"])],
        "fr" => [("Mairie de Saint-Aubin", ["Place de la République", "35250 Saint-Aubin"]), ("Cabinet Moreau", ["7 boulevard Carnot", "06000 Nice"])],
        _ => [("Greenway Dental Practice", ["8 Station Road", "Cambridge CB1 2JB"]), ("Northwind Traders", ["55 Harbor Boulevard", "Seattle, WA 98101"]),
              ("Oakridge Primary School", ["School Lane", "Oxford OX4 1AA"])],
    };

    /// <summary>Items with a typical unit price; the long ones wrap onto a second line in the item table.</summary>
    public static (string Text, decimal Price)[] Items(string language) => language[..2] switch
    {
        "de" => [("Wartung Heizungsanlage", 189m), ("Arbeitszeit Techniker (Stunde)", 68m), ("Anfahrtspauschale", 45m),
                 ("Umwälzpumpe Hocheffizienz inklusive Einbau, Entlüftung und Funktionsprüfung der gesamten Anlage", 412.5m),
                 ("Büromaterial Paket", 23.9m), ("Konzeption und Gestaltung einer Imagebroschüre, 12 Seiten, zwei Korrekturschleifen", 1450m),
                 ("Lizenz Projektverwaltung, 12 Monate", 299m)],
        "fr" => [("Journée de conseil", 850m), ("Frais de déplacement", 120m), ("Meuble sur mesure en chêne massif, finition huilée, livraison et pose comprises", 2380m),
                 ("Heure de main-d'œuvre", 55m), ("Fournitures diverses", 36.4m), ("Audit de l'installation électrique et rédaction du rapport de conformité", 640m)],
        _ => [("Website maintenance (monthly)", 250m), ("Consulting hours", 95m), ("Logo design", 480m),
              ("Printing of 500 full-colour A5 leaflets on 170 gsm silk paper, folded and delivered", 189.75m),
              ("Hosting plan, annual", 144m), ("On-site workshop for the project team including travel and preparation materials", 1200m),
              ("Business cards (box of 250)", 39.5m)],
    };
}
