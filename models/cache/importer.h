#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QJsonObject;

namespace peerscope {

class Cache;
class ImportInput;

struct ImportReport {
    int files = 0;                // files read (wholly or in part)
    int authors = 0;
    int works = 0;
    int institutions = 0;
    int sources = 0;
    int topics = 0;
    int skipped = 0;              // entities of kinds we do not store (publishers, funders, suggestions, ...)
    int withoutId = 0;            // records without a usable OpenAlex "id"
    int unreadableRecords = 0;    // malformed JSON Lines lines or array elements
    int nonEntityBodies = 0;      // files holding no entities: group_by answers, error answers, empty lists
    int rejected = 0;             // records the cache refused (not an I/O failure); named in errors
    QStringList errors;           // input that could not be imported: files, lines, records
    QStringList notices;          // files skipped on purpose (no entities), said so
    bool cacheFailed = false;     // a write to the cache failed (disk full, read-only, ...), not the input
    bool cancelled = false;       // stopped on request after a committed batch

    bool ok() const { return errors.isEmpty(); }
    int entities() const { return authors + works + institutions + sources + topics; }
};

struct ImportProgress {
    qint64 bytesRead = 0;         // of the files as stored (compressed bytes for .gz)
    qint64 bytesTotal = 0;
    qint64 entities = 0;          // stored so far
    int filesDone = 0;
    int filesTotal = 0;
    QString file;                 // the file being read
};

// Loads OpenAlex records from files and folders into the cache. What a file
// holds is told by its content, not its name: a singleton, a list page
// ({"meta":…, "results":[…]}), a bare array of records, JSON Lines, any of
// them gzip-compressed (the OpenAlex snapshot's part_NNN.gz).
//
// A single JSON document (singleton or list page) is one transaction: a bad
// document leaves the cache as it was. Arrays and JSON Lines are read as a
// stream and written in batches of batchSize() records, so memory does not
// grow with the file and a killed import keeps whole batches only.
class Importer final
{
public:
    explicit Importer(Cache &cache);

    ImportReport importPaths(const QStringList &paths);
    ImportReport importDemo();
    // One document; name is used in error messages.
    bool importDocument(const QByteArray &json, const QString &name, ImportReport *report);

    // Called after every batch and file, on the importing thread.
    void setProgressCallback(std::function<void(const ImportProgress &)> callback) { m_progress = std::move(callback); }
    // Asked between batches; true stops the import after what was committed.
    void setCancelCheck(std::function<bool()> check) { m_cancel = std::move(check); }
    void setBatchSize(int records) { m_batchSize = records > 0 ? records : 1; }
    int batchSize() const { return m_batchSize; }

    // The files importPaths() reads for paths, folders walked recursively, in
    // the order it reads them; a path that is neither is reported in errors.
    static QStringList inputFiles(const QStringList &paths, QStringList *errors);
    // Files in the bundled demo data set (Qt resource paths).
    static QStringList demoFiles();
    static QString demoAuthorId();

private:
    struct Batch;
    void importFile(const QString &path, ImportReport *report);
    // Records of an array (its '[' consumed) or of JSON Lines (firstLine read).
    bool importStream(ImportInput &input, const QString &path, const QByteArray &firstLine, bool array, ImportReport *report);
    void addRecord(const QJsonObject &object, Batch *batch, ImportReport *report);
    // Writes a batch in one transaction. A record the cache refuses for its
    // content is dropped (named in errors) and the rest written; false only
    // when the cache itself failed.
    bool writeBatch(Batch *batch, const QString &name, ImportReport *report);
    void reportProgress(qint64 fileBytesRead, const ImportReport &report);
    bool cancelled() const { return m_cancel && m_cancel(); }
    // Brings the works search's statistics up to date after an import.
    void refreshSearch(const ImportReport &report);

    Cache &m_cache;
    std::function<void(const ImportProgress &)> m_progress;
    std::function<bool()> m_cancel;
    int m_batchSize = 2000;
    ImportProgress m_state;
    qint64 m_bytesBeforeFile = 0;
};

} // namespace peerscope
