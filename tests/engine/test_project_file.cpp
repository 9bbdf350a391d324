// Project files: loading with precise errors, atomic saving, forward compatibility.
#include "project/project.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <filesystem>

using namespace causeway;
using namespace causeway::project;
using nlohmann::json;

namespace {

json minimalProject()
{
    return json::parse(R"({
  "format": "causeway-project",
  "formatVersion": 1,
  "name": "Test",
  "catalog": {"definitions": [
    {"type": "com.acme.order.created", "kind": "event", "version": "1.0.0",
     "payloadSchema": {"type": "object"}, "examples": [{}]}
  ]}
})");
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadErrorsHaveLineColumnAndPointer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("malformed JSON")
            << "{\n  \"format\": \"causeway-project\",\n  \"name\": \"x\" \"y\"\n}" << 3 << ""
            << "expected";
        QTest::addRow("empty file") << "" << 1 << ""
                                    << "empty";
        QTest::addRow("not a project") << "{\"hello\": 1}" << 1 << ""
                                       << "not a Causeway project";
        QTest::addRow("wrong type deep inside")
            << "{\"format\": \"causeway-project\", \"formatVersion\": 1, \"name\": \"x\",\n"
               "\"catalog\": {\"definitions\": [\n"
               "  {\"type\": \"a.b.c\", \"kind\": \"event\", \"version\": \"1.0.0\", "
               "\"payloadSchema\": {}},\n"
               "  {\"type\": \"a.b.d\", \"kind\": \"happening\", \"version\": \"1.0.0\", "
               "\"payloadSchema\": {}}\n"
               "]}}"
            << 4 << "/catalog/definitions/1/kind"
            << "";
        QTest::addRow("bad version")
            << "{\"format\": \"causeway-project\", \"formatVersion\": 1, \"name\": \"x\",\n"
               "\"catalog\": {\"definitions\": [\n"
               "  {\"type\": \"a.b.c\", \"kind\": \"event\", \"version\": \"1.0\", "
               "\"payloadSchema\": {}}\n"
               "]}}"
            << 3 << "/catalog/definitions/0/version"
            << "";
        QTest::addRow("invalid UTF-8") << "{\"name\": \"caf\xE9\"}" << 1 << ""
                                       << "UTF-8";
    }

    void loadErrorsHaveLineColumnAndPointer()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, pointer);
        QFETCH(QString, messagePart);
        // QString turns the invalid byte into U+FFFD; feed the raw bytes for that row.
        const std::string bytes = QTest::currentDataTag() == QByteArray("invalid UTF-8")
                                      ? std::string("{\"name\": \"caf\xE9\"}")
                                      : text.toStdString();
        const auto loaded = parseProject(bytes, "p.causeway.json");
        QVERIFY(!loaded.ok());
        const Error &error = loaded.error();
        QCOMPARE(error.where.file, std::string("p.causeway.json"));
        QCOMPARE(error.where.line, line);
        QVERIFY(error.where.column > 0);
        QCOMPARE(QString::fromStdString(error.where.pointer), pointer);
        QVERIFY2(QString::fromStdString(error.message).contains(messagePart),
                 error.message.c_str());
    }

    void missingFile()
    {
        const auto loaded = loadProject("/nonexistent/folder/p.causeway.json");
        QVERIFY(!loaded.ok());
        QVERIFY(QString::fromStdString(loaded.error().toString())
                    .contains(QStringLiteral("cannot open")));
    }

    void roundTripKeepsEverything()
    {
        json document = minimalProject();
        document["rules"] = json::array({{{"name", "r1"}}});
        document["layout"] = {{"zoom", 1.5}};
        const auto loaded = parseProject(document.dump());
        QVERIFY(loaded.ok());
        const json written = projectToJson(loaded->project);
        QCOMPARE(written["rules"], document["rules"]);
        QCOMPARE(written["layout"], document["layout"]);
        QCOMPARE(written["catalog"]["definitions"][0]["examples"], json::array({json::object()}));
        const auto again = parseProject(written.dump());
        QVERIFY(again.ok());
        QCOMPARE(again->project, loaded->project);
    }

    void newerFormatMembersArePreserved()
    {
        json document = minimalProject();
        document["formatVersion"] = 2;
        document["monitoring"] = {{"dashboards", json::array({"a"})}};
        document["catalog"]["namespaces"] = json::array({"x"});
        document["catalog"]["definitions"][0]["lineage"] = {{"from", "legacy"}};
        const auto loaded = parseProject(document.dump());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->warnings.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(loaded->warnings.front()).contains(QStringLiteral("newer")));
        const json saved = projectToJson(loaded->project);
        QCOMPARE(saved["formatVersion"], json(2));
        QCOMPARE(saved["monitoring"], document["monitoring"]);
        QCOMPARE(saved["catalog"]["namespaces"], document["catalog"]["namespaces"]);
        QCOMPARE(saved["catalog"]["definitions"][0]["lineage"],
                 document["catalog"]["definitions"][0]["lineage"]);
    }

    void saveIsAtomicAndLeavesNoTemporaryFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("p.causeway.json")).toStdString();
        auto loaded = parseProject(minimalProject().dump());
        QVERIFY(loaded.ok());
        QVERIFY(saveProject(loaded->project, path).ok());
        loaded->project.name = "Renamed";
        QVERIFY(saveProject(loaded->project, path).ok());
        const auto reread = loadProject(path);
        QVERIFY(reread.ok());
        QCOMPARE(reread->project.name, std::string("Renamed"));
        QCOMPARE(reread->project, loaded->project);
        int files = 0;
        for (const auto &entry : std::filesystem::directory_iterator(dir.path().toStdString())) {
            Q_UNUSED(entry);
            ++files;
        }
        QCOMPARE(files, 1);
    }

    void failedSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("p.causeway.json")).toStdString();
        auto loaded = parseProject(minimalProject().dump());
        QVERIFY(saveProject(loaded->project, path).ok());
        const std::string before = testsupport::readText(path);
        // A folder with the target's name cannot be replaced by a file.
        const std::string blocked = dir.filePath(QStringLiteral("blocked")).toStdString();
        std::filesystem::create_directory(blocked);
        std::filesystem::create_directory(blocked + "/child");
        const auto status = saveProject(loaded->project, blocked);
        QVERIFY(!status.ok());
        QVERIFY(!status.error().message.empty());
        QCOMPARE(testsupport::readText(path), before);
    }

    void duplicateVersionsAreReportedAtTheirPlace()
    {
        json document = minimalProject();
        document["catalog"]["definitions"].push_back(document["catalog"]["definitions"][0]);
        const auto loaded = parseProject(document.dump());
        QVERIFY(loaded.ok());
        const auto registry = buildRegistry(loaded->project);
        QVERIFY(!registry.ok());
        QCOMPARE(registry.error().where.pointer, std::string("/catalog/definitions/1/version"));
    }

    void shippedSchemaDescribesTheSamples()
    {
        for (const char *sample : {"samples/loan-application/loan-application.causeway.json",
                                   "samples/order-saga/order-saga.causeway.json",
                                   "samples/iot-sensors/iot-sensors.causeway.json"}) {
            const auto loaded = loadProject(testsupport::sourcePath(sample));
            QVERIFY2(loaded.ok(), loaded.ok() ? sample : loaded.error().toString().c_str());
            QVERIFY(!loaded->project.definitions.empty());
            QVERIFY(loaded->warnings.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "test_project_file.moc"
