// Word lists behind realistic payloads. Kept short on purpose: enough variety for a
// demo or a load test to look plausible, small enough to read and extend.
#include "sim/sample_text.h"

#include "common/ascii.h"
#include "common/utf8.h"

#include <array>

namespace causeway::sim {
namespace {

using SV = std::string_view;

// English (Ireland and Britain).
constexpr SV enFirst[] = {"Emma",  "Oliver", "Sophie", "Jack",      "Grace",  "Liam",   "Chloe",
                          "James", "Amelia", "Daniel", "Charlotte", "Thomas", "Hannah", "Ryan",
                          "Emily", "Samuel", "Lucy",   "Adam",      "Olivia", "Harry"};
constexpr SV enLast[] = {"Smith",  "Murphy", "Jones",   "Byrne",  "Williams", "Walsh",
                         "Taylor", "Brown",  "Kelly",   "Wilson", "Davies",   "O'Brien",
                         "Evans",  "Ryan",   "Johnson", "Clarke", "Roberts",  "Doyle"};
constexpr SV enCities[] = {"Dublin",  "London",    "Manchester", "Cork",
                           "Bristol", "Leeds",     "Galway",     "Edinburgh",
                           "Belfast", "Liverpool", "Birmingham", "Limerick"};
constexpr SV enStreets[] = {"{n} High Street", "{n} Station Road",   "{n} Church Lane",
                            "{n} Main Street", "{n} Park Avenue",    "{n} Victoria Road",
                            "{n} Mill Lane",   "{n} Grafton Street", "{n} Queen's Road"};
constexpr SV enSentences[] = {"Customer asked to be called back after five.",
                              "Parcel left with the neighbour at number twelve.",
                              "Payment reference did not match the invoice.",
                              "Please review the attached statement before Friday.",
                              "The sensor was recalibrated during the last visit.",
                              "Delivery window moved to the afternoon at the customer's request.",
                              "Second reminder sent; no reply so far.",
                              "Address confirmed by phone.",
                              "Income figure checked against the last three payslips.",
                              "Stock count differs from the system by two units."};
constexpr SV enCompanies[] = {"Harbour Logistics Ltd", "Greenfield Software",  "Northgate Bakery",
                              "Riverside Health",      "Atlantic Engineering", "City Council"};

// German.
constexpr SV deFirst[] = {"Lukas",  "Anna", "Jonas",  "Lea",    "Felix",  "Sophie", "Maximilian",
                          "Marie",  "Paul", "Jülide", "Leon",   "Katrin", "Jürgen", "Hannah",
                          "Tobias", "Lena", "Björn",  "Sabine", "Moritz", "Greta"};
constexpr SV deLast[] = {"Müller", "Schmidt", "Schneider", "Fischer",  "Weber",    "Meyer",
                         "Wagner", "Becker",  "Schulz",    "Hoffmann", "Schäfer",  "Koch",
                         "Bauer",  "Richter", "Klein",     "Wolf",     "Schröder", "Neumann"};
constexpr SV deCities[] = {"Berlin",    "Hamburg",    "München", "Köln",    "Frankfurt am Main",
                           "Stuttgart", "Düsseldorf", "Leipzig", "Dresden", "Nürnberg",
                           "Hannover",  "Bremen"};
constexpr SV deStreets[] = {"Hauptstraße {n}",   "Bahnhofstraße {n}",  "Schulstraße {n}",
                            "Gartenweg {n}",     "Lindenallee {n}",    "Goethestraße {n}",
                            "Am Marktplatz {n}", "Schillerstraße {n}", "Kirchgasse {n}"};
constexpr SV deSentences[] = {"Der Kunde bittet um Rückruf nach 17 Uhr.",
                              "Paket wurde beim Nachbarn abgegeben.",
                              "Die Zahlungsreferenz passt nicht zur Rechnung.",
                              "Bitte prüfen Sie den beigefügten Kontoauszug bis Freitag.",
                              "Der Sensor wurde beim letzten Besuch neu kalibriert.",
                              "Lieferfenster auf Wunsch des Kunden auf den Nachmittag verschoben.",
                              "Zweite Mahnung versendet, bisher keine Antwort.",
                              "Adresse telefonisch bestätigt.",
                              "Einkommen anhand der letzten drei Gehaltsabrechnungen geprüft.",
                              "Der Lagerbestand weicht um zwei Stück vom System ab."};
constexpr SV deCompanies[] = {"Müller & Söhne GmbH", "Nordlicht Software AG",   "Bäckerei Schäfer",
                              "Stadtwerke Leipzig",  "Rheinland Logistik GmbH", "Klinikum Nord"};

// French.
constexpr SV frFirst[] = {"Camille", "Louis",   "Léa",     "Hugo",    "Chloé",  "Gabriel",
                          "Manon",   "Jules",   "Inès",    "Théo",    "Élodie", "Mathis",
                          "Zoé",     "Nicolas", "Margaux", "Antoine", "Océane", "François"};
constexpr SV frLast[] = {"Martin",   "Bernard", "Dubois",   "Thomas", "Robert",  "Richard",
                         "Petit",    "Durand",  "Lefèvre",  "Moreau", "Laurent", "Girard",
                         "Fournier", "Lambert", "Rousseau", "Blanc",  "Guérin",  "Faure"};
constexpr SV frCities[] = {"Paris",    "Lyon",   "Marseille",  "Toulouse",
                           "Nice",     "Nantes", "Strasbourg", "Montpellier",
                           "Bordeaux", "Lille",  "Rennes",     "Besançon"};
constexpr SV frStreets[] = {"{n} rue de la République", "{n} avenue Victor Hugo",
                            "{n} rue des Écoles",       "{n} boulevard Pasteur",
                            "{n} place de l'Église",    "{n} rue du Moulin",
                            "{n} chemin des Vignes",    "{n} rue Émile Zola"};
constexpr SV frSentences[] = {"Le client souhaite être rappelé après 17 heures.",
                              "Colis déposé chez le voisin.",
                              "La référence du paiement ne correspond pas à la facture.",
                              "Merci de vérifier le relevé joint avant vendredi.",
                              "Le capteur a été recalibré lors de la dernière visite.",
                              "Créneau de livraison déplacé à l'après-midi à la demande du client.",
                              "Deuxième relance envoyée, toujours sans réponse.",
                              "Adresse confirmée par téléphone.",
                              "Revenus vérifiés sur les trois derniers bulletins de salaire."};
constexpr SV frCompanies[] = {"Boulangerie Moreau", "Logistique Atlantique SA", "Éditions Lumière",
                              "Mairie de Lyon",     "Transports Girard",        "Clinique Pasteur"};

// Spanish.
constexpr SV esFirst[] = {"Lucía", "Hugo",   "Martina", "Mateo",  "Sofía",  "Pablo",
                          "Paula", "Álvaro", "Valeria", "Daniel", "Carmen", "Javier",
                          "Elena", "Sergio", "Noelia",  "Íñigo",  "Marta",  "Andrés"};
constexpr SV esLast[] = {"García",    "Fernández", "González", "Rodríguez", "López",   "Martínez",
                         "Sánchez",   "Pérez",     "Gómez",    "Martín",    "Jiménez", "Ruiz",
                         "Hernández", "Díaz",      "Moreno",   "Muñoz",     "Álvarez", "Romero"};
constexpr SV esCities[] = {"Madrid", "Barcelona", "Valencia",   "Sevilla",  "Zaragoza", "Málaga",
                           "Bilbao", "Córdoba",   "Valladolid", "Alicante", "Granada",  "A Coruña"};
constexpr SV esStreets[] = {"Calle Mayor, {n}",     "Avenida de la Constitución, {n}",
                            "Calle Real, {n}",      "Plaza de España, {n}",
                            "Calle del Sol, {n}",   "Paseo de la Castellana, {n}",
                            "Calle de Alcalá, {n}", "Camino Viejo, {n}"};
constexpr SV esSentences[] = {"El cliente pide que le llamen después de las cinco.",
                              "Paquete entregado al vecino.",
                              "La referencia del pago no coincide con la factura.",
                              "Por favor, revise el extracto adjunto antes del viernes.",
                              "El sensor se recalibró en la última visita.",
                              "Franja de entrega cambiada a la tarde a petición del cliente.",
                              "Segundo aviso enviado, todavía sin respuesta.",
                              "Dirección confirmada por teléfono.",
                              "Ingresos comprobados con las tres últimas nóminas."};
constexpr SV esCompanies[] = {"Panadería Muñoz",    "Logística Ibérica S.L.",
                              "Clínica del Sol",    "Ayuntamiento de Málaga",
                              "Transportes García", "Software Andaluz"};

// Italian.
constexpr SV itFirst[] = {"Giulia", "Francesco", "Sofia",    "Alessandro", "Aurora",  "Lorenzo",
                          "Chiara", "Matteo",    "Giorgia",  "Leonardo",   "Martina", "Niccolò",
                          "Elena",  "Davide",    "Federica", "Riccardo"};
constexpr SV itLast[] = {"Rossi",   "Russo",   "Ferrari", "Esposito", "Bianchi", "Romano",
                         "Colombo", "Ricci",   "Marino",  "Greco",    "Bruno",   "Gallo",
                         "Conti",   "De Luca", "Mancini", "Costa"};
constexpr SV itCities[] = {"Roma",    "Milano",  "Napoli",  "Torino", "Palermo", "Genova",
                           "Bologna", "Firenze", "Venezia", "Verona", "Forlì",   "Cagliari"};
constexpr SV itStreets[] = {"Via Roma {n}",           "Via Garibaldi {n}",
                            "Corso Italia {n}",       "Via Dante Alighieri {n}",
                            "Piazza del Duomo {n}",   "Via dei Mille {n}",
                            "Viale della Libertà {n}"};
constexpr SV itSentences[] = {"Il cliente chiede di essere richiamato dopo le 17.",
                              "Pacco consegnato al vicino.",
                              "Il riferimento del pagamento non corrisponde alla fattura.",
                              "Si prega di controllare l'estratto conto allegato entro venerdì.",
                              "Il sensore è stato ricalibrato durante l'ultima visita.",
                              "Fascia di consegna spostata al pomeriggio su richiesta del cliente.",
                              "Secondo sollecito inviato, ancora nessuna risposta.",
                              "Indirizzo confermato per telefono."};
constexpr SV itCompanies[] = {"Panificio Rossi",   "Logistica Adriatica S.r.l.",
                              "Comune di Bologna", "Ospedale San Marco",
                              "Trasporti Greco",   "Software Toscana"};

// Irish (Gaeilge).
constexpr SV gaFirst[] = {"Aoife",    "Seán",    "Niamh",   "Oisín",   "Siobhán", "Cian",
                          "Caoimhe",  "Pádraig", "Róisín",  "Darragh", "Saoirse", "Eoin",
                          "Clíodhna", "Tadhg",   "Orlaith", "Colm"};
constexpr SV gaLast[] = {"Ó Briain",       "Ní Mhurchú", "Mac Cárthaigh",
                         "Ó Súilleabháin", "Breathnach", "Ó Ceallaigh",
                         "Nic Giolla",     "Ó Néill",    "Mac Giolla Phádraig",
                         "de Búrca",       "Ó Dónaill",  "Ní Bhriain"};
constexpr SV gaCities[] = {"Baile Átha Cliath", "Corcaigh",       "Gaillimh", "Luimneach",
                           "Port Láirge",       "Cill Chainnigh", "Sligeach", "Trá Lí",
                           "Dún Dealgan",       "An Daingean"};
constexpr SV gaStreets[] = {"{n} An tSráid Mhór",   "{n} Bóthar an Stáisiúin",
                            "{n} Lána an Mhuilinn", "{n} Sráid an Droichid",
                            "{n} Bóthar na Trá",    "{n} Ascaill na Páirce"};
constexpr SV gaSentences[] = {"Ba mhaith leis an gcustaiméir glao ar ais tar éis a cúig.",
                              "Fágadh an beart leis an gcomharsa.",
                              "Ní mheaitseálann tagairt na híocaíochta an sonrasc.",
                              "Seiceáil an ráiteas faoi iamh roimh Dé hAoine, le do thoil.",
                              "Athchalabraíodh an braiteoir le linn na cuairte deireanaí.",
                              "Seoladh deimhnithe ar an bhfón.",
                              "Seoladh an dara meabhrúchán; gan freagra go fóill."};
constexpr SV gaCompanies[] = {"Bácús Uí Bhriain Teo.", "Lóistíocht an Atlantaigh",
                              "Comhairle Cathrach", "Ospidéal na Trá", "Bogearraí Gaillimhe"};

const std::array<LanguageSamples, 6> samples = {{
    {"en-IE", "IE", "EUR", "353", "example.ie", enFirst, enLast, enCities, enStreets, enSentences,
     enCompanies},
    {"de-DE", "DE", "EUR", "49", "beispiel.de", deFirst, deLast, deCities, deStreets, deSentences,
     deCompanies},
    {"fr-FR", "FR", "EUR", "33", "exemple.fr", frFirst, frLast, frCities, frStreets, frSentences,
     frCompanies},
    {"es-ES", "ES", "EUR", "34", "ejemplo.es", esFirst, esLast, esCities, esStreets, esSentences,
     esCompanies},
    {"it-IT", "IT", "EUR", "39", "esempio.it", itFirst, itLast, itCities, itStreets, itSentences,
     itCompanies},
    {"ga-IE", "IE", "EUR", "353", "sampla.ie", gaFirst, gaLast, gaCities, gaStreets, gaSentences,
     gaCompanies},
}};

constexpr SV agents[] = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Mobile Safari/537.36"};

// Latin letters with diacritics used in the lists above, spelled the way e-mail
// addresses in those countries usually spell them.
struct Fold
{
    char32_t from;
    SV to;
};
constexpr Fold folds[] = {{U'ä', "ae"}, {U'ö', "oe"}, {U'ü', "ue"}, {U'ß', "ss"}, {U'Ä', "ae"},
                          {U'Ö', "oe"}, {U'Ü', "ue"}, {U'á', "a"},  {U'à', "a"},  {U'â', "a"},
                          {U'Á', "a"},  {U'é', "e"},  {U'è', "e"},  {U'ê', "e"},  {U'ë', "e"},
                          {U'É', "e"},  {U'í', "i"},  {U'ì', "i"},  {U'î', "i"},  {U'Í', "i"},
                          {U'ó', "o"},  {U'ò', "o"},  {U'ô', "o"},  {U'Ó', "o"},  {U'ú', "u"},
                          {U'ù', "u"},  {U'û', "u"},  {U'ñ', "n"},  {U'ç', "c"},  {U'œ', "oe"}};

} // namespace

std::span<const LanguageSamples> allSamples()
{
    return samples;
}

const LanguageSamples &samplesFor(std::string_view languageTag)
{
    const std::string_view primary = languageTag.substr(0, languageTag.find_first_of("-_"));
    for (const auto &s : samples) {
        if (primary.size() == 2 && ascii::toLower(primary[0]) == s.tag[0] &&
            ascii::toLower(primary[1]) == s.tag[1])
            return s;
    }
    return samples[0];
}

std::string asciiFold(std::string_view text)
{
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto c = utf8::decode(text, pos);
        if (!c) {
            ++pos;
            continue;
        }
        if (*c < 0x80) {
            if (ascii::isAlnum(static_cast<char>(*c)))
                out += ascii::toLower(static_cast<char>(*c));
            continue;
        }
        for (const auto &f : folds) {
            if (f.from == *c) {
                out += f.to;
                break;
            }
        }
    }
    return out;
}

std::span<const std::string_view> userAgents()
{
    return agents;
}

} // namespace causeway::sim
