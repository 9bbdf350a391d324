#pragma once

// The loan-application sample as the benchmarks use it, loaded once.

#include "common/json_text.h"
#include "project/project.h"

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace benchsupport {

struct LoanSample
{
    causeway::project::Project project;
    causeway::catalog::DefinitionRegistry registry;
    std::vector<std::string> lines; // the recorded events, one JSON text each
};

/** @brief The sample's project, catalog and recorded traffic; exits when they cannot load. */
inline const LoanSample &loanSample()
{
    static const LoanSample sample = [] {
        const std::string root = CAUSEWAY_SOURCE_DIR "/samples/loan-application/";
        auto loaded = causeway::project::loadProject(root + "loan-application.causeway.json");
        auto registry =
            loaded ? causeway::project::buildRegistry(loaded->project)
                   : causeway::Result<causeway::catalog::DefinitionRegistry>(loaded.error());
        auto text = causeway::json_text::readFile(root + "events/loan-workflows.jsonl");
        if (!registry || !text) {
            std::fprintf(stderr, "cannot load the loan sample\n");
            std::exit(2);
        }
        LoanSample out{std::move(loaded->project), std::move(*registry), {}};
        std::istringstream in(*text);
        for (std::string line; std::getline(in, line);) {
            if (!line.empty())
                out.lines.push_back(line);
        }
        return out;
    }();
    return sample;
}

} // namespace benchsupport
