#pragma once

#include "metrics/citationmetrics.h"
#include "profile/profile.h"
#include "trust/trustsnapshot.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QGridLayout;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace peerscope {

// The left-hand profile: identity and IDs, affiliations, the metric grid
// (ours beside OpenAlex's), topics, close collaborators and the trust
// snapshot. Purely presentational: MainWindow feeds it.
class ProfilePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilePanel(QWidget *parent = nullptr);

    void setProfile(const Profile &profile, const TrustSnapshot &trust);
    // Recomputes every metric (all years and the since-year window).
    void setPapers(const QList<metrics::Paper> &papers, int referenceYear);
    // No profile to show: a message instead of blank fields.
    void showMessage(const QString &title, const QString &text);

    int sinceYear() const;
    void setSinceYear(int year);
    const metrics::CitationMetrics &metrics() const { return m_all; }
    const metrics::CitationMetrics &sinceMetrics() const { return m_sinceMetrics; }

signals:
    // A collaborator or another author link was activated.
    void authorActivated(const QString &authorId, const QString &name);
    // The user asked to merge a possible duplicate record into this person.
    void mergeRequested(const QString &otherAuthorId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showPlaceholder();
    void buildMetricGrid();
    void refreshMetrics();
    void onLink(const QString &link);
    // A section heading; sourceText is untranslated so it can be translated again.
    QLabel *heading(const char *sourceText);
    QLabel *textLabel(const QString &objectName);

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_alternatives = nullptr;
    QLabel *m_institution = nullptr;
    QLabel *m_ids = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_trustHeadline = nullptr;
    QLabel *m_trustLevel = nullptr;
    QTreeWidget *m_evidence = nullptr;
    QLabel *m_warnings = nullptr;
    QGridLayout *m_metricGrid = nullptr;
    QSpinBox *m_since = nullptr;
    QHash<QString, QLabel *> m_allValues;
    QHash<QString, QLabel *> m_sinceValues;
    QHash<QString, QLabel *> m_sourceValues;
    QLabel *m_affiliations = nullptr;
    QLabel *m_topics = nullptr;
    QLabel *m_collaboratorsMore = nullptr;
    static constexpr int kMaxCollaborators = 50;
    QTreeWidget *m_collaborators = nullptr;
    QList<QWidget *> m_profileOnly;
    QList<std::pair<QLabel *, const char *>> m_headings;
    bool m_showingPlaceholder = false;

    Author m_author;
    QList<metrics::Paper> m_papers;
    int m_referenceYear = 0;
    metrics::CitationMetrics m_all;
    metrics::CitationMetrics m_sinceMetrics;
};

} // namespace peerscope
