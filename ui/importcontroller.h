#pragma once

#include "cache/importer.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

#include <atomic>
#include <memory>

class QAction;
class QMimeData;
class QWidget;

namespace peerscope {

class Cache;

// File › Import… and files dropped on the window: the import runs on a worker
// thread with its own cache connection, shows its progress (cancellable:
// what was committed stays) and ends with a summary. One import at a time.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    // window: parent of the dialogs; the cache is the window's.
    ImportController(Cache &cache, QWidget *window);
    ~ImportController() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    // false (and says why) when an import is running or the cache lives in memory.
    bool importPaths(const QStringList &paths);
    // Asks for files, or a folder, then imports them.
    void chooseFiles();
    void chooseFolder();
    // Stops after the batch being written; what was committed is kept.
    void cancel();

    // The local files and folders a drag carries (empty: not ours to take).
    static QStringList localPaths(const QMimeData *mime);
    // "Imported 3 files: 120 works, …" and what was skipped, for people.
    static QString summary(const ImportReport &report);

    // File › Import… and File › Import folder…, for the window's menu.
    QAction *importFilesAction() const { return m_filesAction; }
    QAction *importFolderAction() const { return m_folderAction; }
    QProgressDialog *progressDialog() const { return m_dialog; }
    QMessageBox *summaryBox() const { return m_summary; }

signals:
    void started(const QStringList &paths);
    void progress(const peerscope::ImportProgress &progress);
    // On the GUI thread, after the worker closed its connection.
    void finished(const peerscope::ImportReport &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void tell(const QString &text);
    void onProgress(const ImportProgress &progress);
    void onFinished();
    void showSummary(const ImportReport &report);

    Cache &m_cache;
    QWidget *m_window;
    QAction *m_filesAction = nullptr;
    QAction *m_folderAction = nullptr;
    QFutureWatcher<ImportReport> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QPointer<QProgressDialog> m_dialog;
    QPointer<QMessageBox> m_summary;
};

} // namespace peerscope
