#pragma once

#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;

struct ImportReport {
    int files = 0;
    int authors = 0;
    int works = 0;
    int institutions = 0;
    int sources = 0;
    int topics = 0;
    int skipped = 0;              // entities of kinds we do not store
    QStringList errors;           // one line per file that could not be imported
    bool cacheFailed = false;     // a write to the cache failed (disk full, read-only, ...), not the input

    bool ok() const { return errors.isEmpty(); }
};

// Loads OpenAlex JSON (singletons, list pages) from files and folders into
// the cache, one transaction per file: a bad file leaves the cache exactly
// as it was before that file.
class Importer final
{
public:
    explicit Importer(Cache &cache);

    ImportReport importPaths(const QStringList &paths);
    ImportReport importDemo();
    // One document; name is used in error messages.
    bool importDocument(const QByteArray &json, const QString &name, ImportReport *report);

    // Files in the bundled demo data set (Qt resource paths).
    static QStringList demoFiles();
    static QString demoAuthorId();

private:
    void importFile(const QString &path, ImportReport *report);
    // Brings the works search's statistics up to date after an import.
    void refreshSearch(const ImportReport &report);

    Cache &m_cache;
};

} // namespace peerscope
