#include "exportdialog.h"

#include "ui_exportdialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace peerscope {

namespace {

struct FormatInfo {
    ExportFormat format;
    const char *label;
    const char *suffix;
};

// The order of the format box.
const FormatInfo kFormats[] = {
    {ExportFormat::BibTeX, QT_TRANSLATE_NOOP("peerscope::ExportDialog", "BibTeX"), "bib"},
    {ExportFormat::BibLaTeX, QT_TRANSLATE_NOOP("peerscope::ExportDialog", "BibLaTeX"), "bib"},
    {ExportFormat::Ris, QT_TRANSLATE_NOOP("peerscope::ExportDialog", "RIS (Zotero, EndNote, Mendeley)"), "ris"},
    {ExportFormat::CslJson, QT_TRANSLATE_NOOP("peerscope::ExportDialog", "CSL-JSON (Zotero, Pandoc)"), "json"},
    {ExportFormat::Csv, QT_TRANSLATE_NOOP("peerscope::ExportDialog", "CSV (spreadsheets)"), "csv"},
    {ExportFormat::JsonLines, QT_TRANSLATE_NOOP("peerscope::ExportDialog", "JSON Lines"), "jsonl"},
    {ExportFormat::Markdown, QT_TRANSLATE_NOOP("peerscope::ExportDialog", "Markdown"), "md"},
};

} // namespace

ExportDialog::ExportDialog(int all, int filtered, int selected, int excluded, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_all(all)
    , m_filtered(filtered)
    , m_selected(selected)
    , m_excluded(excluded)
{
    m_ui->setupUi(this);
    for (const FormatInfo &f : kFormats)
        m_ui->format->addItem(QString(), int(f.format));
    m_ui->keyPattern->setPlaceholderText(QStringLiteral("[auth][year][shorttitle]"));
    retranslateUi();
    m_ui->scopeSelected->setEnabled(selected > 0);
    if (selected > 1)
        m_ui->scopeSelected->setChecked(true);
    connect(m_ui->browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_ui->path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formatChanged();
    updateButtons();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    for (int i = 0; i < m_ui->format->count(); ++i)
        m_ui->format->setItemText(i, tr(kFormats[i].label));
    m_ui->scopeAll->setText(tr("All works (%n)", nullptr, m_all));
    m_ui->scopeFiltered->setText(tr("Works matching the current filter (%n)", nullptr, m_filtered));
    m_ui->scopeSelected->setText(tr("Selected rows (%n)", nullptr, m_selected));
    m_ui->excludedNote->setText(m_excluded > 0 ? tr("%n work(s) unchecked in the table are left out.", nullptr, m_excluded) : QString());
    m_ui->excludedNote->setVisible(m_excluded > 0);
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_ui->scopeAll->isChecked())
        return Scope::All;
    if (m_ui->scopeSelected->isChecked())
        return Scope::Selected;
    return Scope::Filtered;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = ExportFormat(m_ui->format->currentData().toInt());
    o.asciiOnly = m_ui->ascii->isChecked();
    o.includeAbstract = m_ui->abstracts->isChecked();
    o.csvBom = m_ui->bom->isChecked();
    o.mergePreprints = m_ui->mergePreprints->isChecked();
    o.keyPattern = m_ui->keyPattern->text().trimmed();
    return o;
}

QString ExportDialog::path() const
{
    return m_ui->path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_ui->path->setText(path);
}

void ExportDialog::setFormat(ExportFormat format)
{
    const int index = m_ui->format->findData(int(format));
    if (index >= 0)
        m_ui->format->setCurrentIndex(index);
}

void ExportDialog::browse()
{
    const int i = m_ui->format->currentIndex();
    const QString filter = tr("%1 files (*.%2)").arg(m_ui->format->currentText(), QLatin1String(kFormats[i].suffix));
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), path(), filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::formatChanged()
{
    const int i = m_ui->format->currentIndex();
    if (i < 0)
        return;
    const ExportFormat f = kFormats[i].format;
    const bool bib = f == ExportFormat::BibTeX || f == ExportFormat::BibLaTeX;
    m_ui->ascii->setEnabled(bib);
    m_ui->bom->setEnabled(f == ExportFormat::Csv);
    m_ui->keyPattern->setEnabled(f != ExportFormat::Csv && f != ExportFormat::Markdown);
    // Keep the file name, change its suffix.
    const QString current = path();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        setPath(info.dir().filePath(info.completeBaseName() + u'.' + QLatin1String(kFormats[i].suffix)));
    }
}

void ExportDialog::updateButtons()
{
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!path().isEmpty());
}

} // namespace peerscope
