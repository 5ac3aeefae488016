// The charts linked into a program that is not the application (the tests, the benchmarks), registered so
// that Charts::instance() does not look for the plugin.

#include "charts/chartsimpl.h"

namespace iia {
namespace {

const ChartsImpl builtIn;
[[maybe_unused]] const bool registered = (Charts::setBuiltIn(&builtIn), true);

} // namespace
} // namespace iia
