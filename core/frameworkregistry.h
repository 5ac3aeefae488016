#pragma once

#include "framework.h"
#include "frameworkloader.h"

namespace iia {

/// The frameworks available to this program: those built into the binary and the user's own files in
/// the frameworks folder. Files that fail to load are kept with their errors, for the user to see.
class FrameworkRegistry
{
public:
    /// Loads the built-in frameworks and every *.json file in userDir (which may be empty or missing).
    void load(const QString &userDir);

    QList<FrameworkPtr> frameworks() const { return m_frameworks; }
    /// The framework with exactly this id and version, or nullptr.
    FrameworkPtr find(const QString &id, const QString &version) const;
    /// The newest version of id, or nullptr.
    FrameworkPtr latest(const QString &id) const;
    /// The framework to score an assessment made with id/version: the exact one, else the newest of that id.
    FrameworkPtr resolve(const QString &id, const QString &version) const;
    /// The framework new assessments use by default (the built-in "iiat").
    FrameworkPtr defaultFramework() const;
    /// Errors of user files that could not be loaded, by file.
    const QList<Errors> &failures() const { return m_failures; }

    /// Orders version strings "1.10.0" > "1.9.2".
    static int compareVersions(const QString &a, const QString &b);

private:
    void add(FrameworkPtr framework);

    QList<FrameworkPtr> m_frameworks;
    QList<Errors> m_failures;
};

} // namespace iia
