
ç	000_0708a2218b219751 spells â€œVolodymyr Zelenskyâ€; also written 001_10c9680eddbd3edb â€œVolodymyr Zelenskyyâ€ (the same name)"9
'testdata/seeds/000_0708a2218b219751.txtŠ (œ0Â	8Ô	*Volodymyr Zelensky2f
8
'testdata/seeds/001_10c9680eddbd3edb.txt (’0Å8ØVolodymyr Zelenskyy"Volodymyr Zelenskyy8J06243f89ba8d66dbRVolodymyr Zelensky
ç	001_10c9680eddbd3edb spells â€œVolodymyr Zelenskyyâ€; also written 000_0708a2218b219751 â€œVolodymyr Zelenskyâ€ (the same name)"8
'testdata/seeds/001_10c9680eddbd3edb.txt (’0Å8Ø*Volodymyr Zelenskyy2e
9
'testdata/seeds/000_0708a2218b219751.txtŠ (œ0Â	8Ô	Volodymyr Zelensky"Volodymyr Zelensky8J9572a51ee201ab91RVolodymyr Zelenskyy	G0'testdata/seeds/000_0708a2218b219751.txt'testdata/seeds/001_10c9680eddbd3edb.txt