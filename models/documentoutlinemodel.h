// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsegmentation.h"

#include <QStandardItemModel>

#include <functional>

namespace Lectern::Models {

/// The open document's structure as a tree, for the Outline panel: its
/// title; the main article with its headings; every other article with the
/// reason it is another; the boilerplate, folded into runs of neighbouring
/// passages with their counts; and the passages copied from other
/// documents, each with where its canonical copy is. Every row knows the
/// span it stands for, so activating it can take the reader there.
class DocumentOutlineModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentOutlineModel)

public:
    enum Role {
        StartRole = Qt::UserRole + 1, ///< UTF-16 start of the span in the open document
        EndRole,
        /// For a copied passage: the id of the document holding the canonical copy.
        CanonicalDocumentRole,
        CanonicalStartRole,
        CanonicalEndRole,
        /// What the row is: one of the Section values.
        SectionRole,
    };
    enum class Section { Title, MainArticle, Heading, OtherArticle, Boilerplate, BoilerplateRun, Copies, CopiedPassage };
    Q_ENUM(Section)

    /// Turns a document id into the words a reader knows it by (its title).
    using TitleLookup = std::function<QString(const QString &documentId)>;

    explicit DocumentOutlineModel(QObject *parent = nullptr);

    void setTitleLookup(TitleLookup lookup) { m_titleOf = std::move(lookup); }
    void setDocument(const DocumentSegmentation &segmentation, const QString &text);

private:
    [[nodiscard]] QString titleOf(const QString &documentId) const;

    TitleLookup m_titleOf;
};

} // namespace Lectern::Models
