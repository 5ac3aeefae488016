// libFuzzer target: the framework loader on any bytes. A framework it accepts must score an assessment that
// answers and rates everything without failing.

#include "frameworkloader.h"
#include "scoring.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace iia;

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_framework: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.framework.json");
    const auto loaded = FrameworkLoader::load(bytes, name);
    (void)FrameworkLoader::missingTranslations(bytes, name);
    if (!loaded) {
        if (loaded.error().isEmpty())
            broken("a refusal without an error");
        for (const Error &e : loaded.error()) {
            if (e.message.isEmpty() || e.file != name)
                broken("an error without a message or a file name");
        }
        return 0;
    }
    const FrameworkPtr &fw = *loaded;
    Assessment a = makeAssessment(QStringLiteral("Fuzz"), fw->id, fw->version, QDateTime());
    const AnswerValue values[] = {AnswerValue::Yes, AnswerValue::Partly, AnswerValue::No,
                                  AnswerValue::Unsure};
    int n = 0;
    for (const QList<Item> *items : {&fw->properties, &fw->enablers}) {
        for (const Item &item : *items) {
            for (const Question &q : item.questions)
                a.answers.insert(q.id, Answer{values[n++ % 4], {}});
            a.ratings.insert(item.id, Rating{Impact::Yes, Direction::Negative, Strength::Strong, {}, {}});
        }
    }
    (void)ScoringEngine(fw).score(a);
    return 0;
}
