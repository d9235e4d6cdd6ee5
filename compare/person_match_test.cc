// Names as two sources might write them, and whether they name one person
// (person_match.h). Names written for this test.
#include "compare/person_match.h"

#include "claims/test_support.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Case {
  const char* a;
  const char* b;
  bool same;
};

const Case kCases[] = {
    // Titles before the name.
    {"Sheriff Joe Roe", "Sheriff Roe", true},
    {"Chief Justice John Roe", "Justice Roe", true},
    {"Senate Majority Leader Roe", "Mitch Roe", true},
    {"Sen. Mary Roe", "Mary Roe", true},
    {"Mr. Okafor", "Daniel Okafor", true},
    {"Former President Dana Whitfield", "Whitfield", true},
    {"Interior Secretary Ryan Lake", "Ryan Lake", true},
    // Middle names, initials, suffixes, short given names.
    {"Mary Rodham Roe", "Mary Roe", true},
    {"Charles E. Roe", "Chuck Roe", true},
    {"John Roe Jr.", "John Roe", true},
    {"Harald Berg III", "Harald Berg", true},
    {"J. Roe", "John Roe", true},
    // Diacritics and a one-letter slip of a surname.
    {"José Núñez", "Jose Nunez", true},
    {"Trumbull", "Trumbul", true},
    {"Lindgren", "Lindgrem", true},
    {"Lindgren", "Lindrgen", true},  // two neighbours swapped
    {"Lindgren", "Lndigren", false},  // not neighbours
    // Different people.
    {"Ann Roe", "Ben Roe", false},
    {"Sen. Mary Roe", "Sen. Ellen Park", false},
    {"Roe", "Park", false},
    {"Bush", "Rush", false},   // a slip keeps the first letter
    {"Kaya", "Kaye", true},
    {"Li", "Lu", false},       // short surnames must match exactly
    {"Justice Anthony Roe", "Justice Antonia Park", false},
    {"", "Roe", false},
};

TEST(PersonMatchTest, Table) {
  for (const Case& c : kCases) {
    EXPECT_EQ(SamePerson(c.a, c.b, ShippedLexicon()), c.same) << c.a << " / " << c.b;
    EXPECT_EQ(SamePerson(c.b, c.a, ShippedLexicon()), c.same) << c.b << " / " << c.a;
  }
}

TEST(PersonMatchTest, Parts) {
  NameParts parts = PersonNameParts("Sen. Mary Q. Roe Jr.", ShippedLexicon());
  EXPECT_EQ(parts.given, "mary");
  EXPECT_EQ(parts.surname, "roe");
  parts = PersonNameParts("Roe", ShippedLexicon());
  EXPECT_EQ(parts.given, "");
  EXPECT_EQ(parts.surname, "roe");
}

}  // namespace
}  // namespace factcheck
