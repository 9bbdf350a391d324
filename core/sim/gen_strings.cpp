// Names, addresses, contact details, ids and dates that look like the real thing.
#include "sim/gen_strings.h"

#include "common/ascii.h"
#include "common/utf8.h"
#include "model/calendar.h"

#include <array>
#include <cstdio>

namespace causeway::sim::gen {
namespace {

template <typename List> const auto &pick(Random &random, const List &list)
{
    return list[static_cast<std::size_t>(
        random.integer(0, static_cast<std::int64_t>(list.size()) - 1))];
}

bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string digits(Random &random, int count)
{
    std::string out;
    for (int i = 0; i < count; ++i)
        out += static_cast<char>('0' + random.integer(0, 9));
    return out;
}

const LanguageSamples &languageOf(const TextScope &scope)
{
    return scope.language ? *scope.language : samplesFor({});
}

Person &personOf(Random &random, TextScope &scope)
{
    static thread_local Person fallback;
    Person &person = scope.person ? *scope.person : fallback;
    const LanguageSamples &language = languageOf(scope);
    if (person.language != &language) { // nobody yet, or the item's language changed
        person.language = &language;
        person.firstName = pick(random, language.firstNames);
        person.lastName = pick(random, language.lastNames);
    }
    return person;
}

// Days since 1970-01-01, the unit model/calendar.h writes dates from.
constexpr std::int64_t kDays2024 = 19723; // 2024-01-01
constexpr std::int64_t kDays2027 = 20819; // 2027-01-01

// A time of day in seconds, drawn as hours, minutes and seconds.
std::int64_t secondOfDay(Random &random)
{
    const std::int64_t hour = random.integer(0, 23);
    const std::int64_t minute = random.integer(0, 59);
    return hour * 3600 + minute * 60 + random.integer(0, 59);
}

std::string uuidV4(Random &random)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string out(36, '-');
    const std::uint64_t words[2] = {random.next(), random.next()};
    for (std::size_t i = 0, at = 0; i < 32; ++i, ++at) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            ++at; // past the dash
        auto nibble = static_cast<int>((words[i / 16] >> ((i % 16) * 4)) & 0xf);
        if (i == 12)
            nibble = 4; // version
        else if (i == 16)
            nibble = 8 | (nibble & 3); // variant
        out[at] = hex[nibble];
    }
    return out;
}

std::string ipv4(Random &random)
{
    return std::to_string(random.integer(11, 223)) + '.' + std::to_string(random.integer(0, 255)) +
           '.' + std::to_string(random.integer(0, 255)) + '.' +
           std::to_string(random.integer(1, 254));
}

std::string emailFor(Random &random, TextScope &scope)
{
    const Person &person = personOf(random, scope);
    std::string local = asciiFold(person.firstName) + '.' + asciiFold(person.lastName);
    if (local.size() < 3)
        local = "user";
    if (random.chance(0.3))
        local += digits(random, 2);
    return local + '@' + std::string(languageOf(scope).emailDomain);
}

std::string postalCode(Random &random, std::string_view country)
{
    if (country == "IE")
        return std::string(1, static_cast<char>('A' + random.integer(0, 25))) + digits(random, 2) +
               ' ' + static_cast<char>('A' + random.integer(0, 25)) + digits(random, 3);
    if (country == "GB")
        return "SW" + digits(random, 1) + ' ' + digits(random, 1) + "AB";
    return digits(random, 5); // DE, FR, ES, IT
}

} // namespace

std::string normalizedName(std::string_view propertyName)
{
    std::string out;
    out.reserve(propertyName.size());
    for (const char c : propertyName) {
        if (ascii::isAlnum(c))
            out += ascii::toLower(c);
    }
    return out;
}

int propertyOrder(std::string_view propertyName)
{
    const std::string n = normalizedName(propertyName);
    if (n == "language" || n == "locale" || n == "lang")
        return 0; // decides the language of its siblings
    return n.find("country") != n.npos ? 1 : 2;
}

std::optional<std::string> formatValue(std::string_view format, std::string_view normalized,
                                       Random &random, TextScope &scope)
{
    if (format == "date-time") {
        const auto days = random.integer(kDays2024, kDays2027 - 1);
        return model::formatTimestampSeconds(days * 86400 + secondOfDay(random));
    }
    if (format == "date") {
        if (contains(normalized, "birth") || normalized == "dob") // adults, 18 to 75
            return model::formatDate(random.integer(-7305, 12784));
        return model::formatDate(random.integer(kDays2024, kDays2027 - 1));
    }
    if (format == "time")
        return model::formatTimestampSeconds(secondOfDay(random)).substr(11);
    if (format == "email" || format == "idn-email")
        return emailFor(random, scope);
    if (format == "uri" || format == "uri-reference" || format == "iri" || format == "url")
        return "https://" + std::string(contains(normalized, "upload") ? "upload" : "www") +
               ".example.com/" +
               (normalized.empty() ? std::string("items") : std::string(normalized)) + '/' +
               ulidLike(random);
    if (format == "hostname" || format == "idn-hostname")
        return "host-" + std::to_string(random.integer(1, 99)) + ".example.com";
    if (format == "ipv4")
        return ipv4(random);
    if (format == "ipv6")
        return "2001:db8::" + std::to_string(random.integer(1, 9999));
    if (format == "uuid")
        return uuidV4(random);
    if (format == "ulid")
        return ulidLike(random);
    return std::nullopt;
}

bool isTextName(std::string_view n)
{
    for (std::string_view word : {"description", "note", "comment", "message", "text", "reason",
                                  "summary", "remark", "detail", "condition"}) {
        if (contains(n, word))
            return true;
    }
    return false;
}

NameKind nameKind(std::string_view n)
{
    if (n == "language" || n == "locale" || n == "lang" || endsWith(n, "language"))
        return NameKind::Language;
    if (contains(n, "firstname") || contains(n, "givenname") || contains(n, "forename"))
        return NameKind::FirstName;
    if (contains(n, "lastname") || contains(n, "surname") || contains(n, "familyname"))
        return NameKind::LastName;
    if (n == "name" || contains(n, "fullname") || contains(n, "holder") || n == "receivedby" ||
        n == "customername" || n == "recipientname" || n == "contactname")
        return NameKind::FullName;
    if (n == "username" || n == "login")
        return NameKind::UserName;
    if (contains(n, "email"))
        return NameKind::Email;
    if (n == "recipient")
        return NameKind::EmailOrPhone;
    if (contains(n, "phone") || contains(n, "mobile"))
        return NameKind::Phone;
    if (n == "city" || n == "town" || endsWith(n, "city"))
        return NameKind::City;
    if (contains(n, "street") || n == "line1" || n == "addressline1" || n == "addressline" ||
        n == "address1")
        return NameKind::Street;
    if (n == "line2" || n == "addressline2" || n == "address2")
        return NameKind::AddressLine2;
    if (contains(n, "postalcode") || contains(n, "postcode") || contains(n, "zip"))
        return NameKind::PostalCode;
    if (contains(n, "country"))
        return NameKind::Country;
    if (contains(n, "currency"))
        return NameKind::Currency;
    if (contains(n, "employer") || contains(n, "company") || contains(n, "organisation") ||
        contains(n, "organization"))
        return NameKind::Company;
    if (contains(n, "useragent"))
        return NameKind::UserAgent;
    if (contains(n, "url") || contains(n, "href") || contains(n, "link") || contains(n, "website"))
        return NameKind::Url;
    if (n == "ip" || contains(n, "ipaddress"))
        return NameKind::Ip;
    return NameKind::None;
}

namespace {

bool amountLike(std::string_view n)
{
    for (std::string_view word : {"amount", "price", "total", "balance", "income", "salary",
                                  "installment", "instalment", "cost", "fee", "payment"}) {
        if (contains(n, word))
            return true;
    }
    return false;
}

} // namespace

PropertyName::PropertyName(std::string name)
    : text(std::move(name)), normalized(normalizedName(text)), kind(nameKind(normalized))
{
    const std::string_view n = normalized;
    if (amountLike(n))
        numberSpan = contains(n, "income") || contains(n, "salary") ? 150000 : 5000;
    else if (contains(n, "pct") || contains(n, "percent"))
        numberSpan = 100;
    if (contains(n, "income"))
        leastValue = 15000; // nobody lends on an income of 12 euros
    coordinate = contains(n, "latitude") || contains(n, "longitude");
    idLike = !isTextName(n) && (n.ends_with("id") || contains(n, "reference") ||
                                contains(n, "token") || contains(n, "key"));
}

std::optional<std::string> valueForName(const PropertyName &name, Random &random, TextScope &scope)
{
    const LanguageSamples &language = languageOf(scope);
    switch (name.kind) {
    case NameKind::None:
        return std::nullopt;
    case NameKind::Language:
        return scope.languageTag.empty() ? std::string(pick(random, allSamples()).tag)
                                         : scope.languageTag;
    case NameKind::FirstName:
        return personOf(random, scope).firstName;
    case NameKind::LastName:
        return personOf(random, scope).lastName;
    case NameKind::FullName: {
        const Person &person = personOf(random, scope);
        return person.firstName + ' ' + person.lastName;
    }
    case NameKind::UserName: {
        const Person &person = personOf(random, scope);
        return asciiFold(person.firstName) + '.' + asciiFold(person.lastName);
    }
    case NameKind::EmailOrPhone:
        if (random.chance(0.5))
            return emailFor(random, scope);
        [[fallthrough]];
    case NameKind::Phone:
        return '+' + std::string(language.phonePrefix) +
               (language.phonePrefix.size() > 2 ? "8" : "15") + digits(random, 8);
    case NameKind::Email:
        return emailFor(random, scope);
    case NameKind::City:
    case NameKind::AddressLine2:
        return std::string(pick(random, language.cities));
    case NameKind::Street: {
        std::string street(pick(random, language.streets));
        const auto at = street.find("{n}");
        street.replace(at, 3, std::to_string(random.integer(1, 180)));
        return street;
    }
    case NameKind::PostalCode:
        return postalCode(random, language.countryCode);
    case NameKind::Country:
        return std::string(language.countryCode);
    case NameKind::Currency:
        return std::string(language.currencyCode);
    case NameKind::Company:
        return std::string(pick(random, language.companies));
    case NameKind::UserAgent:
        return std::string(pick(random, userAgents()));
    case NameKind::Url:
        return formatValue("uri", name.normalized, random, scope);
    case NameKind::Ip:
        return ipv4(random);
    }
    return std::nullopt;
}

std::string freeText(Random &random, const LanguageSamples &language, std::size_t minLength,
                     std::optional<std::size_t> maxLength)
{
    std::string text(pick(random, language.sentences));
    while (codePointCount(text) < minLength)
        text += ' ' + std::string(pick(random, language.sentences));
    if (maxLength && codePointCount(text) > *maxLength) {
        text = truncateCodePoints(std::move(text), *maxLength);
        while (!text.empty() && text.back() == ' ' && codePointCount(text) > minLength)
            text.pop_back();
    }
    return text;
}

std::string ulidLike(Random &random)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::string out(26, '0');
    out[0] = alphabet[random.integer(0, 7)]; // a ULID's first character is at most '7'
    for (std::size_t i = 1; i < out.size(); ++i)
        out[i] = alphabet[random.integer(0, 31)];
    return out;
}

std::size_t codePointCount(std::string_view text)
{
    return utf8::countCodePoints(text, text.size());
}

std::string truncateCodePoints(std::string text, std::size_t maxLength)
{
    std::size_t pos = 0;
    for (std::size_t count = 0; count < maxLength && pos < text.size(); ++count) {
        if (!utf8::decode(text, pos))
            ++pos;
    }
    text.resize(pos);
    return text;
}

} // namespace causeway::sim::gen
