// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationstore.h"
#include "bundle.h"
#include "exportsetbuilder.h"
#include "gazetteer.h"

#include <QTemporaryDir>

#include <memory>

/// A small bundle on disk with a store of annotations that cover what exports
/// must get right: text outside the Basic Multilingual Plane before the
/// quotes, CRLF line ends in a file, commas, quotes and line breaks inside a
/// quote, a label hierarchy, tags, a claim with evidence, an entity.
class ExportFixture final
{
public:
    ExportFixture();

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] QString folder() const { return m_dir.path(); }
    [[nodiscard]] QString indexPath() const;
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] const Lectern::Models::Bundle &bundle() const { return m_bundle; }
    [[nodiscard]] Lectern::Models::AnnotationStore *store() const { return m_store.get(); }
    [[nodiscard]] const Lectern::Models::Gazetteer &gazetteer() const { return m_gazetteer; }

    /// What ExportSetBuilder needs, read from the store.
    [[nodiscard]] Lectern::Models::ExportSource source() const;
    [[nodiscard]] static Lectern::Models::ExportSource sourceFor(const Lectern::Models::Bundle &bundle,
                                                                 Lectern::Models::AnnotationStore &store,
                                                                 const Lectern::Models::Gazetteer *gazetteer);
    [[nodiscard]] Lectern::Models::ExportSet exportSet(const Lectern::Models::ExportFilter &filter = {}) const;

    // Ids of the fixture's annotations.
    QString claim;    ///< alpha: "The Åland Board agreed", Claim, supported, tags budget and q1
    QString evidence; ///< alpha: "spend €3 million", Evidence, linked to the claim
    QString multiLine; ///< beta: a quote with a comma, quotes and a line break, no label
    QString pricing;  ///< beta: "Beta text", label Claim / Pricing
    QString pricingCode;

private:
    QTemporaryDir m_dir;
    Lectern::Models::Bundle m_bundle;
    std::unique_ptr<Lectern::Models::AnnotationStore> m_store;
    Lectern::Models::Gazetteer m_gazetteer;
    bool m_valid = false;
};
