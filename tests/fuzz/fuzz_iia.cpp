// libFuzzer target: the .iia reader (JSON syntax, schema, meaning) on any bytes. A file it accepts must
// also be scored, written, and read back to the same document.

#include "frameworkregistry.h"
#include "interchange.h"
#include "scoring.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace iia;

namespace {

const FrameworkRegistry &registry()
{
    static const FrameworkRegistry frameworks = [] {
        FrameworkRegistry r;
        r.load(QStringLiteral(IIA_TEST_FRAMEWORKS)); // the built-in ones and the test framework "mini"
        return r;
    }();
    return frameworks;
}

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_iia: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = Interchange::read(bytes, QStringLiteral("fuzz.iia"), registry());
    if (!read) {
        for (const Error &e : read.error()) {
            if (e.message.isEmpty() || e.file != QLatin1StringView("fuzz.iia"))
                broken("an error without a message or a file name");
        }
        return 0;
    }
    const FrameworkPtr fw =
        registry().resolve(read->assessment.frameworkId, read->assessment.frameworkVersion);
    if (!fw)
        broken("an accepted file whose framework is unknown");
    (void)ScoringEngine(fw).score(read->assessment);
    const QByteArray written = Interchange::write(*read);
    const auto again = Interchange::read(written, QStringLiteral("again.iia"), registry());
    if (!again) {
        std::fprintf(stderr, "%s\n", qPrintable(again.error().first().toString()));
        broken("a written file is refused");
    }
    if (!(again->assessment == read->assessment) || !(again->history == read->history))
        broken("write then read changes the document");
    if (Interchange::write(*again) != written)
        broken("writing is not stable");
    return 0;
}
