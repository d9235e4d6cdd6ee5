#include "claims/clean_text.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

using Range = std::pair<int64_t, int64_t>;

TEST(CleanText, MapsCopiedBytesLinearly) {
  CleanTextBuilder builder;
  builder.Copy(10, "Istanbul talks");
  CleanText clean = std::move(builder).Build();
  EXPECT_EQ(clean.text(), "Istanbul talks");
  EXPECT_EQ(clean.OriginalRange(9, 14), (Range{19, 24}));
}

TEST(CleanText, MapsADecodedEntityToTheWholeEntity) {
  // Original: "Tom &amp; Jerry"
  CleanTextBuilder builder;
  builder.Copy(0, "Tom ");
  builder.Replace(4, 9, "&");
  builder.Copy(9, " Jerry");
  CleanText clean = std::move(builder).Build();
  EXPECT_EQ(clean.text(), "Tom & Jerry");
  EXPECT_EQ(clean.OriginalRange(4, 5), (Range{4, 9}));
  EXPECT_EQ(clean.OriginalRange(0, 11), (Range{0, 15}));
  EXPECT_EQ(clean.OriginalRange(6, 11), (Range{10, 15}));
}

TEST(CleanText, SkipsRemovedMarkupBetweenSegments) {
  // Original: "<p>Hello</p><p>World</p>"
  CleanTextBuilder builder;
  builder.Copy(3, "Hello");
  builder.Replace(8, 15, "\n\n");
  builder.Copy(15, "World");
  CleanText clean = std::move(builder).Build();
  EXPECT_EQ(clean.text(), "Hello\n\nWorld");
  EXPECT_EQ(clean.OriginalRange(7, 12), (Range{15, 20}));
  EXPECT_EQ(clean.OriginalRange(0, 5), (Range{3, 8}));
}

TEST(CleanText, EmptyRangeMapsToAPoint) {
  CleanTextBuilder builder;
  builder.Copy(5, "abc");
  CleanText clean = std::move(builder).Build();
  EXPECT_EQ(clean.OriginalRange(1, 1), (Range{6, 6}));
}

}  // namespace
}  // namespace factcheck
