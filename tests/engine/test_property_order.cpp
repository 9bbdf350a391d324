// A payload's fields keep the order their author gave them: read from the file, kept
// through edits, moves and renames, and written back, though JSON objects forget order.
#include "docs/catalog_export.h"
#include "docs/field_table.h"
#include "project/project.h"
#include "schema/property_order.h"
#include "schema/schema_edit.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <sstream>

using namespace causeway;
using nlohmann::json;
using nlohmann::ordered_json;
using Names = std::vector<std::string>;

namespace {

// Fields written out of alphabetical order, one of them an object with its own order.
const char *kSchemaText = "{\"type\": \"object\", \"properties\": {"
                          "\"zip\": {\"type\": \"string\"}, "
                          "\"applicant\": {\"type\": \"object\", \"properties\": {"
                          "\"surname\": {\"type\": \"string\"}, \"given\": {\"type\": \"string\"}}}, "
                          "\"amount\": {\"type\": \"number\"}}}";

std::string readAll(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

Names fieldNames(const json &schema, const schema::PropertyOrder &order)
{
    Names names;
    for (const auto &field : schema::schemaFields(schema, order))
        names.push_back(field.name);
    return names;
}

} // namespace

class TestPropertyOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWrittenOrderIsReadAndShown()
    {
        const auto order = schema::readPropertyOrder(ordered_json::parse(kSchemaText));
        QCOMPARE(order.at(""), (Names{"zip", "applicant", "amount"}));
        QCOMPARE(order.at("/properties/applicant"), (Names{"surname", "given"}));
        const json schema = json::parse(kSchemaText);
        QCOMPARE(fieldNames(schema, order), (Names{"zip", "applicant", "surname", "given", "amount"}));
        QCOMPARE(fieldNames(schema, {}), (Names{"amount", "applicant", "given", "surname", "zip"}));
        QCOMPARE(schema::orderedSchema(schema, order).dump(), ordered_json::parse(kSchemaText).dump());
    }

    void anOrderOutlivesEditsOfTheSchema()
    {
        const auto order = schema::readPropertyOrder(ordered_json::parse(kSchemaText));
        auto added = schema::addField(json::parse(kSchemaText), "", "currency", "string");
        QVERIFY(added.ok());
        auto removed = schema::removeField(*added, "/properties/zip");
        QVERIFY(removed.ok());
        // What the order does not name comes after it, by name; what is gone is passed over.
        QCOMPARE(schema::orderedPropertyNames(*removed, "", order),
                 (Names{"applicant", "amount", "currency"}));
    }

    void movingAndRenamingAField()
    {
        const json schema = json::parse(kSchemaText);
        auto order = schema::readPropertyOrder(ordered_json::parse(kSchemaText));
        order = schema::withFieldMoved(order, schema, "/properties/amount", 0);
        QCOMPARE(order.at(""), (Names{"amount", "zip", "applicant"}));
        order = schema::withFieldMoved(order, schema, "/properties/amount", 99); // to the end
        QCOMPARE(order.at(""), (Names{"zip", "applicant", "amount"}));
        order = schema::withFieldMoved(order, schema, "/properties/applicant/properties/given", 0);
        QCOMPARE(order.at("/properties/applicant"), (Names{"given", "surname"}));

        auto renamed = schema::renameField(schema, "/properties/applicant", "person");
        QVERIFY(renamed.ok());
        order = schema::withFieldRenamed(order, "/properties/applicant", "person");
        QCOMPARE(order.at(""), (Names{"zip", "person", "amount"})); // in its place
        QCOMPARE(order.at("/properties/person"), (Names{"given", "surname"})); // inside follows
        QVERIFY(!order.contains("/properties/applicant"));
        QCOMPARE(fieldNames(*renamed, order), (Names{"zip", "person", "given", "surname", "amount"}));
    }

    void theDocumentationListsTheFieldsInTheirOrder()
    {
        catalog::Definition definition;
        definition.type = "com.example.order.placed";
        definition.payloadSchema = json::parse(kSchemaText);
        definition.propertyOrder = schema::readPropertyOrder(ordered_json::parse(kSchemaText));
        Names paths;
        for (const auto &row : docs::fieldRows(definition.payloadSchema, definition.propertyOrder))
            paths.push_back(row.path);
        QCOMPARE(paths, (Names{"zip", "applicant", "applicant.surname", "applicant.given", "amount"}));
        const std::string page = docs::markdownPage({&definition});
        QVERIFY(page.find("`zip`") < page.find("`amount`"));
        QVERIFY(page.find("\"zip\"") < page.find("\"amount\"")); // the schema shown, too
    }

    void aProjectFileKeepsItsFieldOrderThroughASave()
    {
        const std::string text =
            "{\"format\": \"causeway-project\", \"formatVersion\": 1, \"name\": \"order\", "
            "\"catalog\": {\"definitions\": [{\"type\": \"com.example.order.placed\", "
            "\"kind\": \"event\", \"name\": \"Order Placed\", \"description\": \"An order.\", "
            "\"version\": \"1.0.0\", \"owner\": \"shop\", \"domain\": \"orders\", "
            "\"payloadSchema\": " + std::string(kSchemaText) +
            ", \"examples\": [{\"amount\": 5, \"applicant\": {\"given\": \"Ada\", "
            "\"surname\": \"Byron\"}, \"note\": \"not in the schema\", \"zip\": \"D02\"}]}]}}";
        auto loaded = project::parseProject(text);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().toString().c_str());
        const project::Project &project = loaded->project;
        QCOMPARE(project.definitions.front().propertyOrder.at(""),
                 (Names{"zip", "applicant", "amount"}));

        QTemporaryDir folder;
        const std::string path = folder.filePath(QStringLiteral("order.causeway.json")).toStdString();
        QVERIFY(project::saveProject(project, path).ok());
        const std::string saved = readAll(path);
        QVERIFY(saved.find("\"zip\"") < saved.find("\"applicant\""));
        QVERIFY(saved.find("\"applicant\"") < saved.find("\"amount\""));
        QVERIFY(saved.find("\"surname\"") < saved.find("\"given\""));
        // The example lists its fields as the schema does, and what the schema lacks last.
        const std::size_t example = saved.find("\"examples\"");
        QVERIFY(example != std::string::npos);
        QVERIFY(saved.find("\"zip\"", example) < saved.find("\"applicant\"", example));
        QVERIFY(saved.find("\"surname\"", example) < saved.find("\"given\"", example));
        QVERIFY(saved.find("\"applicant\"", example) < saved.find("\"amount\"", example));
        QVERIFY(saved.find("\"amount\"", example) < saved.find("\"note\"", example));
        auto reread = project::loadProject(path);
        QVERIFY(reread.ok());
        QVERIFY(reread->project == project);
    }

    // Items of an array follow the order of the items' schema too.
    void anExampleFollowsTheOrderIntoArrays()
    {
        const ordered_json schema = ordered_json::parse(
            R"({"type": "array", "items": {"type": "object", "properties": {)"
            R"("b": {"type": "string"}, "a": {"type": "string"}}}})");
        const auto order = schema::readPropertyOrder(schema);
        const json plain = json::parse(schema.dump());
        const json example = json::parse(R"([{"a": "1", "b": "2"}, {"a": "3"}])");
        QCOMPARE(schema::orderedInstance(example, plain, order).dump(),
                 std::string(R"([{"b":"2","a":"1"},{"a":"3"}])"));
    }
};

QTEST_MAIN(TestPropertyOrder)
#include "test_property_order.moc"
