// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdialog.h"
#include "codedialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Lectern::Views;
using Lectern::Models::Annotation;
using Lectern::Models::ClaimStatus;
using Lectern::Models::Code;

namespace {
QList<Code> codebook()
{
    return { { u"claim"_s, {}, u"Claim"_s, u"#C0392B"_s, {}, 0 }, { u"evidence"_s, {}, u"Evidence"_s, u"#27AE60"_s, {}, 1 },
        // A child listed before its parent still lands below it.
        { u"figure"_s, u"stat"_s, u"Figure"_s, u"#000000"_s, {}, 2 },
        { u"stat"_s, u"claim"_s, u"Statistic"_s, u"#8E44AD"_s, {}, 3 } };
}
} // namespace

class AnnotationDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsFormTheCodebookTree()
    {
        AnnotationDialog dialog(codebook(), { u"claim"_s, u"stat"_s, u"figure"_s }, {});
        auto *tree = dialog.findChild<QTreeWidget *>(u"labelTree"_s);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTreeWidgetItem *claim = tree->topLevelItem(0);
        QCOMPARE(claim->child(0)->text(0), u"Statistic"_s);
        QCOMPARE(claim->child(0)->child(0)->text(0), u"Figure"_s);
    }

    void statusOnlyForClaims()
    {
        AnnotationDialog dialog(codebook(), { u"claim"_s, u"stat"_s, u"figure"_s }, {});
        auto *status = dialog.findChild<QComboBox *>(u"statusCombo"_s);
        dialog.setCodeId(u"figure"_s);
        QVERIFY(status->isEnabled());
        QCOMPARE(status->currentData().toInt(), int(ClaimStatus::Unverified));
        status->setCurrentIndex(status->findData(int(ClaimStatus::Refuted)));
        Annotation a;
        dialog.applyTo(a);
        QCOMPARE(a.claimStatus, ClaimStatus::Refuted);
        dialog.setCodeId(u"evidence"_s);
        QVERIFY(!status->isEnabled());
        dialog.applyTo(a);
        QCOMPARE(a.claimStatus, ClaimStatus::None);
        QCOMPARE(a.codeId, u"evidence"_s);
    }

    void editingShowsWhatIsStored()
    {
        Annotation stored;
        stored.quote = u"three cranes"_s;
        stored.codeId = u"claim"_s;
        stored.note = u"check it"_s;
        stored.tags = { u"port"_s, u"cranes"_s };
        stored.claimStatus = ClaimStatus::Supported;
        AnnotationDialog dialog(codebook(), { u"claim"_s }, {});
        dialog.setAnnotation(stored);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"tagsEdit"_s)->text(), u"port, cranes"_s);
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"noteEdit"_s)->toPlainText(), u"check it"_s);
        Annotation copy = stored;
        dialog.applyTo(copy);
        QCOMPARE(copy, stored);
    }

    void tagsAreTrimmedAndUnique()
    {
        QCOMPARE(AnnotationDialog::splitTags(u" port ,cranes,, Port,  east  quay "_s),
            (QStringList { u"port"_s, u"cranes"_s, u"east quay"_s }));
        QVERIFY(AnnotationDialog::splitTags(u" , "_s).isEmpty());
    }

    void aCodeCannotGoBelowItself()
    {
        CodeDialog dialog(codebook());
        dialog.setCode(codebook().at(3)); // Statistic, parent of Figure
        auto *parents = dialog.findChild<QComboBox *>(u"parentCombo"_s);
        QCOMPARE(parents->findData(u"stat"_s), -1);
        QCOMPARE(parents->findData(u"figure"_s), -1);
        QCOMPARE(parents->currentData().toString(), u"claim"_s);
        dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"  Number "_s);
        dialog.setColour(QColor(u"#112233"_s));
        const Code changed = dialog.code();
        QCOMPARE(changed.id, u"stat"_s);
        QCOMPARE(changed.name, u"Number"_s);
        QCOMPARE(changed.colour, u"#112233"_s);
        QCOMPARE(changed.sortOrder, 3);
    }
};

QTEST_MAIN(AnnotationDialogTest)
#include "annotationdialog_test.moc"
