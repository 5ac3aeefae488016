#include "frameworkregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>

namespace iia {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::FrameworkRegistry)
};
} // namespace

int FrameworkRegistry::compareVersions(const QString &a, const QString &b)
{
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const int x = i < pa.size() ? pa.at(i).toInt() : 0;
        const int y = i < pb.size() ? pb.at(i).toInt() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

void FrameworkRegistry::add(FrameworkPtr framework)
{
    if (find(framework->id, framework->version)) {
        m_failures.append(
            {Error{ErrorCode::Conflict,
                   Tr::tr("The framework “%1” version %2 is already installed; this file is ignored.")
                       .arg(framework->id, framework->version),
                   framework->origin,
                   0,
                   0,
                   {}}});
        return;
    }
    m_frameworks.append(std::move(framework));
}

void FrameworkRegistry::load(const QString &userDir)
{
    m_frameworks.clear();
    m_failures.clear();
    QStringList builtIn;
    for (QDirIterator it(QStringLiteral(":/iia/frameworks"), {QStringLiteral("*.framework.json")},
                         QDir::Files);
         it.hasNext();)
        builtIn.append(it.next());
    builtIn.sort();
    for (const QString &path : std::as_const(builtIn)) {
        auto loaded = FrameworkLoader::loadFile(path, true);
        // A built-in framework that fails to load is a programmer error, caught by the tests.
        Q_ASSERT_X(loaded.has_value(), "FrameworkRegistry", qPrintable(path));
        if (loaded)
            add(*loaded);
        else
            m_failures.append(loaded.error());
    }
    if (userDir.isEmpty())
        return;
    const QDir dir(userDir);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        auto loaded = FrameworkLoader::loadFile(dir.filePath(name));
        if (loaded)
            add(*loaded);
        else
            m_failures.append(loaded.error());
    }
}

FrameworkPtr FrameworkRegistry::find(const QString &id, const QString &version) const
{
    for (const FrameworkPtr &f : m_frameworks) {
        if (f->id == id && f->version == version)
            return f;
    }
    return nullptr;
}

FrameworkPtr FrameworkRegistry::latest(const QString &id) const
{
    FrameworkPtr best;
    for (const FrameworkPtr &f : m_frameworks) {
        if (f->id == id && (!best || compareVersions(f->version, best->version) > 0))
            best = f;
    }
    return best;
}

FrameworkPtr FrameworkRegistry::resolve(const QString &id, const QString &version) const
{
    if (FrameworkPtr exact = find(id, version))
        return exact;
    return latest(id);
}

FrameworkPtr FrameworkRegistry::defaultFramework() const
{
    if (FrameworkPtr f = latest(QStringLiteral("iiat")))
        return f;
    return m_frameworks.isEmpty() ? nullptr : m_frameworks.first();
}

} // namespace iia
