#pragma once

#include "exportdialog.h"
#include "itemmodels/publicationtablemodel.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;

namespace peerscope {

class Cache;
class CacheTask;
class PublicationFilterProxy;
class WorkDetailView;

// The Publications tab: the filters (text, years, type, venue, open access),
// the count, the table of one author's works with its selection kept across
// sorts and filters, the details of the current work, copying citations, and
// which works an export covers.
class PublicationsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit PublicationsPanel(const Cache &cache, QWidget *parent = nullptr);
    ~PublicationsPanel() override;

    PublicationTableModel *model() const { return m_model; }
    PublicationFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    WorkDetailView *detail() const { return m_detail; }

    // An author is loading: the count says so until showWorks().
    void setLoading(bool loading);
    // The first screen of rows while the author loads.
    void showPreview(const QString &authorId, QList<PublicationRow> rows);
    // All the works of authorId: the type filter offers their types, the
    // text filter runs again, the details clear. InPlace (the same author
    // again, changed by someone else): the works left out, the selection and
    // the scroll position stay as the user left them.
    enum class Refresh { Fresh, InPlace };
    void showWorks(const QString &authorId, QList<PublicationRow> rows, Refresh how = Refresh::Fresh);
    // Nothing to show for authorId (its load failed).
    void showNoWorks(const QString &authorId);
    QString authorId() const { return m_tableAuthor; }

    // Selects the work, lifting the filters that hide it; a work that is not
    // in the table only shows its details.
    void showWork(const QString &workId);
    // Another author's work: no selection, its details.
    void showOtherWork(const QString &workId);
    bool hasWork(const QString &workId) const;
    int selectedCount() const;
    // The checked works of scope, in the table's order.
    QStringList workIds(ExportDialog::Scope scope) const;

public slots:
    void copySelectedCitations();

signals:
    // A work was checked or unchecked: the metrics count it or not.
    void exclusionChanged();
    // An author linked from the details.
    void authorActivated(const QString &authorId);
    // For the window's status bar.
    void statusMessage(const QString &text, int timeout);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    void applyTextFilter();
    void setRows(const QString &authorId, QList<PublicationRow> rows);
    void selectWork(const QString &workId);
    // Around each arrangement of the table (sort, filter, reload): the
    // current and selected works, by ID.
    void keepSelection();
    void restoreSelection();
    void showDetailOf(const QModelIndex &proxyIndex);

    const Cache &m_cache;
    std::unique_ptr<CacheTask> m_textFilter;
    PublicationTableModel *m_model = nullptr;
    PublicationFilterProxy *m_proxy = nullptr;
    bool m_loading = false;
    QString m_tableAuthor;     // whose works the table holds
    QString m_workToSelect;    // a work to select once the table is arranged
    QString m_keptCurrent;     // see keepSelection()
    QStringList m_keptSelection;
    int m_keptScroll = -1;     // an in-place refresh: where the table was scrolled

    QLineEdit *m_search = nullptr;
    QSpinBox *m_yearFrom = nullptr;
    QSpinBox *m_yearTo = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_oa = nullptr;
    QLineEdit *m_venue = nullptr;
    QLabel *m_yearsLabel = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_copy = nullptr;
    WorkDetailView *m_detail = nullptr;
};

} // namespace peerscope
