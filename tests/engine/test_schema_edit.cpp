// Editing a payload schema field by field, as the schema editor does.

#include "schema/schema_edit.h"
#include "test_support.h"

#include <QTest>

using namespace causeway;
using nlohmann::json;

namespace {

const json kCustomer = json::parse(R"({
  "type": "object",
  "required": ["id", "address"],
  "properties": {
    "id": {"type": "string", "format": "uuid"},
    "address": {"type": "object", "properties": {"city": {"type": "string"}}},
    "tags": {"type": "array", "items": {"type": "object", "properties": {"label": {"type": "string"}}}}
  }
})");

std::vector<std::string> listing(const json &schema)
{
    std::vector<std::string> lines;
    for (const auto &field : schema::schemaFields(schema))
        lines.push_back(std::string(static_cast<std::size_t>(field.depth) * 2, ' ') + field.name +
                        ':' + field.type + (field.required ? "!" : ""));
    return lines;
}

} // namespace

class TestSchemaEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAreListedDepthFirst()
    {
        QCOMPARE(listing(kCustomer),
                 (std::vector<std::string>{"address:object!", "  city:string", "id:string!",
                                           "tags:array", "  label:string"}));
        const auto fields = schema::schemaFields(kCustomer);
        QCOMPARE(fields[1].pointer, std::string("/properties/address/properties/city"));
        QCOMPARE(fields[1].parentPointer, std::string("/properties/address"));
        QCOMPARE(fields[4].pointer, std::string("/properties/tags/items/properties/label"));
    }

    void addRenameRetypeAndRemove()
    {
        auto schema = schema::addField(kCustomer, "/properties/address", "postcode", "string");
        QVERIFY(schema.ok());
        schema = schema::setFieldRequired(*schema, "/properties/address/properties/postcode", true);
        QCOMPARE((*schema)["properties"]["address"]["required"], json::array({"postcode"}));
        schema = schema::renameField(*schema, "/properties/address/properties/postcode", "zip");
        QCOMPARE((*schema)["properties"]["address"]["required"], json::array({"zip"}));
        QVERIFY((*schema)["properties"]["address"]["properties"].contains("zip"));
        schema = schema::setFieldType(*schema, "/properties/address/properties/zip", "integer");
        QCOMPARE((*schema)["properties"]["address"]["properties"]["zip"], json({{"type", "integer"}}));
        schema = schema::removeField(*schema, "/properties/address/properties/zip");
        QVERIFY(schema.ok());
        QCOMPARE(*schema, kCustomer); // back where it started: nothing left behind
    }

    void keywordsAreSetAndRemoved()
    {
        auto schema = schema::setFieldKeyword(kCustomer, "/properties/id", "description", "Who");
        QCOMPARE((*schema)["properties"]["id"]["description"], json("Who"));
        schema = schema::setFieldType(*schema, "/properties/id", "integer");
        QCOMPARE((*schema)["properties"]["id"], json({{"type", "integer"}, {"description", "Who"}}));
        schema = schema::setFieldKeyword(*schema, "/properties/id", "description", nullptr);
        QCOMPARE((*schema)["properties"]["id"], json({{"type", "integer"}}));
        QVERIFY(schema::setFieldKeyword(kCustomer, "/properties/id", "required", true).error()
                    .message.find("own edit") != std::string::npos);
    }

    void badEditsAreRefusedWithWhere_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *tag, int edit, const char *pointer, const char *message) {
            QTest::addRow("%s", tag) << edit << QString::fromUtf8(pointer)
                                     << QString::fromUtf8(message);
        };
        row("duplicate name", 0, "/properties/id", "already a field 'id'");
        row("field in a string", 1, "/properties/id", "only be added to an object");
        row("unknown type", 2, "", "not a JSON Schema type");
        row("nothing there", 3, "/properties/nope", "nothing at /properties/nope");
        row("not a field", 4, "/properties", "does not point at a field");
        row("rename onto another", 5, "", "already a field 'address'");
        row("empty name", 6, "", "needs a name");
    }

    void badEditsAreRefusedWithWhere()
    {
        QFETCH(int, edit);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        const Result<json> results[] = {
            schema::addField(kCustomer, "", "id", "string"),
            schema::addField(kCustomer, "/properties/id", "x", "string"),
            schema::addField(kCustomer, "", "x", "text"),
            schema::removeField(kCustomer, "/properties/nope"),
            schema::setFieldRequired(kCustomer, "/properties", true),
            schema::renameField(kCustomer, "/properties/id", "address"),
            schema::addField(kCustomer, "", "", "string"),
        };
        const Result<json> &result = results[edit];
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.find(message.toStdString()) != std::string::npos,
                 result.error().message.c_str());
        if (!pointer.isEmpty())
            QCOMPARE(QString::fromStdString(result.error().where.pointer), pointer);
    }
};

QTEST_APPLESS_MAIN(TestSchemaEdit)
#include "test_schema_edit.moc"
