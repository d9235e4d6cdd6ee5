
ç	000_0708a2218b219751 spells â€œVolodymyr Zelenskyâ€; also written 001_10c9680eddbd3edb â€œVolodymyr Zelenskyyâ€ (the same name)"9
'testdata/seeds/000_0708a2218b219751.txtŠ (œ0Â	8Ô	*Volodymyr Zelensky2f
8
'testdata/seeds/001_10c9680eddbd3edb.txt (’0Å8ØVolodymyr Zelenskyy"Volodymyr Zelenskyy8J06243f89ba8d66dbRVolodymyr Zelensky
¥	001_10c9680eddbd3edb spells â€œVolodymyr Zelenskyyâ€; also written 000_0708a2218b219751 â€œVolodymyr Zelenskyâ€, 002_5e2f9a02a0d0871c â€œVolodymyr Zelenskyâ€, 003_905a684dd6f29ba4 â€œVolodymyr Zelenskyâ€, 004_ebc1c592785cd5db â€œVolodymyr Zelenskyâ€ (the same name)"8
'testdata/seeds/001_10c9680eddbd3edb.txt (’0Å8Ø*Volodymyr Zelenskyy2e
9
'testdata/seeds/000_0708a2218b219751.txtŠ (œ0Â	8Ô	Volodymyr Zelensky"Volodymyr Zelensky2c
7
'testdata/seeds/002_5e2f9a02a0d0871c.txt^ (p0Æ8ØVolodymyr Zelensky"Volodymyr Zelensky2e
9
'testdata/seeds/003_905a684dd6f29ba4.txtÖ (è0Õ8çVolodymyr Zelensky"Volodymyr Zelensky2c
7
'testdata/seeds/004_ebc1c592785cd5db.txtg (y0¤8¶Volodymyr Zelensky"Volodymyr Zelensky8J9572a51ee201ab91RVolodymyr Zelenskyy
å	002_5e2f9a02a0d0871c spells â€œVolodymyr Zelenskyâ€; also written 001_10c9680eddbd3edb â€œVolodymyr Zelenskyyâ€ (the same name)"7
'testdata/seeds/002_5e2f9a02a0d0871c.txt^ (p0Æ8Ø*Volodymyr Zelensky2f
8
'testdata/seeds/001_10c9680eddbd3edb.txt (’0Å8ØVolodymyr Zelenskyy"Volodymyr Zelenskyy8Jcd005ed7b8638b6aRVolodymyr Zelensky
ç	003_905a684dd6f29ba4 spells â€œVolodymyr Zelenskyâ€; also written 001_10c9680eddbd3edb â€œVolodymyr Zelenskyyâ€ (the same name)"9
'testdata/seeds/003_905a684dd6f29ba4.txtÖ (è0Õ8ç*Volodymyr Zelensky2f
8
'testdata/seeds/001_10c9680eddbd3edb.txt (’0Å8ØVolodymyr Zelenskyy"Volodymyr Zelenskyy8J8fe058f863d0f381RVolodymyr Zelensky
ç˜003_905a684dd6f29ba4 calls Donald Trump President of Ukraine; 4 other sources disagree: 000_0708a2218b219751, 001_10c9680eddbd3edb, 002_5e2f9a02a0d0871c, 004_ebc1c592785cd5db call Donald Trump President of the United States; 000_0708a2218b219751, 002_5e2f9a02a0d0871c, 004_ebc1c592785cd5db name Volodymyr Zelensky as President of Ukraine; 001_10c9680eddbd3edb name Volodymyr Zelenskyy as President of Ukraine"7
'testdata/seeds/003_905a684dd6f29ba4.txt (50ı8* Ukrainian President Donald Trump2“
8
'testdata/seeds/000_0708a2218b219751.txtu (œ0«	8Ô	)Ukraineâ€™s President, Volodymyr Zelensky"*Volodymyr Zelensky as President of Ukraine2n
9
'testdata/seeds/000_0708a2218b219751.txt  (¯0ø8‡President Trump"President of the United States2s
7
'testdata/seeds/001_10c9680eddbd3edb.txt& (<0ù8President Donald Trump"President of the United States2“
8
'testdata/seeds/001_10c9680eddbd3edb.txtu (0»8ã(President Volodymyr Zelenskyy of Ukraine"+Volodymyr Zelenskyy as President of Ukraine2n
9
'testdata/seeds/001_10c9680eddbd3edb.txt1  1(¯0í,8ü,President Trump"President of the United States2…
7
'testdata/seeds/002_5e2f9a02a0d0871c.txtT (p0¼8ØPresident Volodymyr Zelensky"*Volodymyr Zelensky as President of Ukraine2v
7
'testdata/seeds/002_5e2f9a02a0d0871c.txt (0ª8ÃUS President Donald Trump"President of the United States2z
9
'testdata/seeds/004_ebc1c592785cd5db.txtã (ş0´8ÏU.S. President Donald Trump"President of the United States2
7
'testdata/seeds/004_ebc1c592785cd5db.txtS (y08¶&Ukrainian President Volodymyr Zelensky"*Volodymyr Zelensky as President of Ukraine8@Jaf587d16b9aed13eRPresident of UkraineZ0call Donald Trump President of the United States
İ	003_905a684dd6f29ba4 spells â€œDolmabahÃ§e Palaceâ€; also written 004_ebc1c592785cd5db â€œDolmabahce Palaceâ€ (the same name)"7
'testdata/seeds/003_905a684dd6f29ba4.txt (20Ü8ñ*DolmabahÃ§e Palace2a
7
'testdata/seeds/004_ebc1c592785cd5db.txta (y08¨Dolmabahce Palace"Dolmabahce Palace8J906e21e5fd553ab7RDolmabahÃ§e Palace
İ	004_ebc1c592785cd5db spells â€œDolmabahce Palaceâ€; also written 003_905a684dd6f29ba4 â€œDolmabahÃ§e Palaceâ€ (the same name)"7
'testdata/seeds/004_ebc1c592785cd5db.txta (y08¨*Dolmabahce Palace2c
7
'testdata/seeds/003_905a684dd6f29ba4.txt (20Ü8ñDolmabahÃ§e Palace"DolmabahÃ§e Palace8J7862f5f543c4a728RDolmabahce Palace
å	004_ebc1c592785cd5db spells â€œVolodymyr Zelenskyâ€; also written 001_10c9680eddbd3edb â€œVolodymyr Zelenskyyâ€ (the same name)"7
'testdata/seeds/004_ebc1c592785cd5db.txtg (y0¤8¶*Volodymyr Zelensky2f
8
'testdata/seeds/001_10c9680eddbd3edb.txt (’0Å8ØVolodymyr Zelenskyy"Volodymyr Zelenskyy8J55e90d02d7682002RVolodymyr Zelenskyù 0'testdata/seeds/000_0708a2218b219751.txt'testdata/seeds/001_10c9680eddbd3edb.txt'testdata/seeds/002_5e2f9a02a0d0871c.txt'testdata/seeds/003_905a684dd6f29ba4.txt'testdata/seeds/004_ebc1c592785cd5db.txt