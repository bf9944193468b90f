def test_0(x):
    return x + 0


def test_1(x):
    return x + 1


def test_2(x):
    return x + 2


def test_3(x):
    return x + 3


def test_4(x):
    return x + 4


def test_5(x):
    return x + 5


def test_6(x):
    return x + 6


def test_7(x):
    return x + 7


def test_8(x):
    return x + 8


def test_9(x):
    return x + 9


def test_10(x):
    return x + 10


def test_11(x):
    return x + 11


def test_12(x):
    return x + 12


def test_13(x):
    return x + 13


def test_14(x):
    return x + 14


def test_15(x):
    return x + 15


def test_16(x):
    return x + 16


def test_17(x):
    return x + 17


def test_18(x):
    return x + 18


def test_19(x):
    return x + 19


def test_20(x):
    return x + 20


def test_21(x):
    return x + 21


def test_22(x):
    return x + 22


def test_23(x):
    return x + 23


def test_24(x):
    return x + 24


def test_25(x):
    return x + 25


def test_26(x):
    return x + 26


def test_27(x):
    return x + 27


def test_28(x):
    return x + 28


def test_29(x):
    return x + 29


def test_30(x):
    return x + 30


def test_31(x):
    return x + 31


def test_32(x):
    return x + 32


def test_33(x):
    return x + 33


def test_34(x):
    return x + 34


def test_35(x):
    return x + 35


def test_36(x):
    return x + 36


def test_37(x):
    return x + 37


def test_38(x):
    return x + 38


def test_39(x):
    return x + 39


def test_40(x):
    return x + 40


def test_41(x):
    return x + 41


def test_42(x):
    return x + 42


def test_43(x):
    return x + 43


def test_44(x):
    return x + 44


def test_45(x):
    return x + 45


def test_46(x):
    return x + 46


def test_47(x):
    return x + 47


def test_48(x):
    return x + 48


def test_49(x):
    return x + 49


def test_50(x):
    return x + 50


def test_51(x):
    return x + 51


def test_52(x):
    return x + 52


def test_53(x):
    return x + 53


def test_54(x):
    return x + 54


def test_55(x):
    return x + 55


def test_56(x):
    return x + 56


def test_57(x):
    return x + 57


def test_58(x):
    return x + 58


def test_59(x):
    return x + 59


def test_60(x):
    return x + 60


def test_61(x):
    return x + 61


def test_62(x):
    return x + 62


def test_63(x):
    return x + 63


def test_64(x):
    return x + 64


def test_65(x):
    return x + 65


def test_66(x):
    return x + 66


def test_67(x):
    return x + 67


def test_68(x):
    return x + 68


def test_69(x):
    return x + 69


def test_70(x):
    return x + 70


def test_71(x):
    return x + 71


def test_72(x):
    return x + 72


def test_73(x):
    return x + 73


def test_74(x):
    return x + 74


def test_75(x):
    return x + 75


def test_76(x):
    return x + 76


def test_77(x):
    return x + 77


def test_78(x):
    return x + 78


def test_79(x):
    return x + 79


def test_80(x):
    return x + 80


def test_81(x):
    return x + 81


def test_82(x):
    return x + 82


def test_83(x):
    return x + 83


def test_84(x):
    return x + 84


def test_85(x):
    return x + 85


def test_86(x):
    return x + 86


def test_87(x):
    return x + 87


def test_88(x):
    return x + 88


def test_89(x):
    return x + 89


def test_90(x):
    return x + 90


def test_91(x):
    return x + 91


def test_92(x):
    return x + 92


def test_93(x):
    return x + 93


def test_94(x):
    return x + 94


def test_95(x):
    return x + 95


def test_96(x):
    return x + 96


def test_97(x):
    return x + 97


def test_98(x):
    return x + 98


def test_99(x):
    return x + 99


def test_100(x):
    return x + 100


def test_101(x):
    return x + 101


def test_102(x):
    return x + 102


def test_103(x):
    return x + 103


def test_104(x):
    return x + 104


def test_105(x):
    return x + 105


def test_106(x):
    return x + 106


def test_107(x):
    return x + 107


def test_108(x):
    return x + 108


def test_109(x):
    return x + 109


def test_110(x):
    return x + 110


def test_111(x):
    return x + 111


def test_112(x):
    return x + 112


def test_113(x):
    return x + 113


def test_114(x):
    return x + 114


def test_115(x):
    return x + 115


def test_116(x):
    return x + 116


def test_117(x):
    return x + 117


def test_118(x):
    return x + 118


def test_119(x):
    return x + 119


def test_120(x):
    return x + 120


def test_121(x):
    return x + 121


def test_122(x):
    return x + 122


def test_123(x):
    return x + 123


def test_124(x):
    return x + 124


def test_125(x):
    return x + 125


def test_126(x):
    return x + 126


def test_127(x):
    return x + 127


def test_128(x):
    return x + 128


def test_129(x):
    return x + 129


def test_130(x):
    return x + 130


def test_131(x):
    return x + 131


def test_132(x):
    return x + 132


def test_133(x):
    return x + 133


def test_134(x):
    return x + 134


def test_135(x):
    return x + 135


def test_136(x):
    return x + 136


def test_137(x):
    return x + 137


def test_138(x):
    return x + 138


def test_139(x):
    return x + 139


def test_140(x):
    return x + 140


def test_141(x):
    return x + 141


def test_142(x):
    return x + 142


def test_143(x):
    return x + 143


def test_144(x):
    return x + 144


def test_145(x):
    return x + 145


def test_146(x):
    return x + 146


def test_147(x):
    return x + 147


def test_148(x):
    return x + 148


def test_149(x):
    return x + 149


def test_150(x):
    return x + 150


def test_151(x):
    return x + 151


def test_152(x):
    return x + 152


def test_153(x):
    return x + 153


def test_154(x):
    return x + 154


def test_155(x):
    return x + 155


def test_156(x):
    return x + 156


def test_157(x):
    return x + 157


def test_158(x):
    return x + 158


def test_159(x):
    return x + 159


def test_160(x):
    return x + 160


def test_161(x):
    return x + 161


def test_162(x):
    return x + 162


def test_163(x):
    return x + 163


def test_164(x):
    return x + 164


def test_165(x):
    return x + 165


def test_166(x):
    return x + 166


def test_167(x):
    return x + 167


def test_168(x):
    return x + 168


def test_169(x):
    return x + 169


def test_170(x):
    return x + 170


def test_171(x):
    return x + 171


def test_172(x):
    return x + 172


def test_173(x):
    return x + 173


def test_174(x):
    return x + 174


def test_175(x):
    return x + 175


def test_176(x):
    return x + 176


def test_177(x):
    return x + 177


def test_178(x):
    return x + 178


def test_179(x):
    return x + 179


def test_180(x):
    return x + 180


def test_181(x):
    return x + 181


def test_182(x):
    return x + 182


def test_183(x):
    return x + 183


def test_184(x):
    return x + 184


def test_185(x):
    return x + 185


def test_186(x):
    return x + 186


def test_187(x):
    return x + 187


def test_188(x):
    return x + 188


def test_189(x):
    return x + 189


def test_190(x):
    return x + 190


def test_191(x):
    return x + 191


def test_192(x):
    return x + 192


def test_193(x):
    return x + 193


def test_194(x):
    return x + 194


def test_195(x):
    return x + 195


def test_196(x):
    return x + 196


def test_197(x):
    return x + 197


def test_198(x):
    return x + 198


def test_199(x):
    return x + 199


def test_200(x):
    return x + 200


def test_201(x):
    return x + 201


def test_202(x):
    return x + 202


def test_203(x):
    return x + 203


def test_204(x):
    return x + 204


def test_205(x):
    return x + 205


def test_206(x):
    return x + 206


def test_207(x):
    return x + 207


def test_208(x):
    return x + 208


def test_209(x):
    return x + 209


def test_210(x):
    return x + 210


def test_211(x):
    return x + 211


def test_212(x):
    return x + 212


def test_213(x):
    return x + 213


def test_214(x):
    return x + 214


def test_215(x):
    return x + 215


def test_216(x):
    return x + 216


def test_217(x):
    return x + 217


def test_218(x):
    return x + 218


def test_219(x):
    return x + 219


def test_220(x):
    return x + 220


def test_221(x):
    return x + 221


def test_222(x):
    return x + 222


def test_223(x):
    return x + 223


def test_224(x):
    return x + 224


def test_225(x):
    return x + 225


def test_226(x):
    return x + 226


def test_227(x):
    return x + 227


def test_228(x):
    return x + 228


def test_229(x):
    return x + 229


def test_230(x):
    return x + 230


def test_231(x):
    return x + 231


def test_232(x):
    return x + 232


def test_233(x):
    return x + 233


def test_234(x):
    return x + 234


def test_235(x):
    return x + 235


def test_236(x):
    return x + 236


def test_237(x):
    return x + 237


def test_238(x):
    return x + 238


def test_239(x):
    return x + 239


def test_240(x):
    return x + 240


def test_241(x):
    return x + 241


def test_242(x):
    return x + 242


def test_243(x):
    return x + 243


def test_244(x):
    return x + 244


def test_245(x):
    return x + 245


def test_246(x):
    return x + 246


def test_247(x):
    return x + 247


def test_248(x):
    return x + 248


def test_249(x):
    return x + 249


def test_250(x):
    return x + 250


def test_251(x):
    return x + 251


def test_252(x):
    return x + 252


def test_253(x):
    return x + 253


def test_254(x):
    return x + 254


def test_255(x):
    return x + 255


def test_256(x):
    return x + 256


def test_257(x):
    return x + 257


def test_258(x):
    return x + 258


def test_259(x):
    return x + 259


def test_260(x):
    return x + 260


def test_261(x):
    return x + 261


def test_262(x):
    return x + 262


def test_263(x):
    return x + 263


def test_264(x):
    return x + 264


def test_265(x):
    return x + 265


def test_266(x):
    return x + 266


def test_267(x):
    return x + 267


def test_268(x):
    return x + 268


def test_269(x):
    return x + 269


def test_270(x):
    return x + 270


def test_271(x):
    return x + 271


def test_272(x):
    return x + 272


def test_273(x):
    return x + 273


def test_274(x):
    return x + 274


def test_275(x):
    return x + 275


def test_276(x):
    return x + 276


def test_277(x):
    return x + 277


def test_278(x):
    return x + 278


def test_279(x):
    return x + 279


def test_280(x):
    return x + 280


def test_281(x):
    return x + 281


def test_282(x):
    return x + 282


def test_283(x):
    return x + 283


def test_284(x):
    return x + 284


def test_285(x):
    return x + 285


def test_286(x):
    return x + 286


def test_287(x):
    return x + 287


def test_288(x):
    return x + 288


def test_289(x):
    return x + 289


def test_290(x):
    return x + 290


def test_291(x):
    return x + 291


def test_292(x):
    return x + 292


def test_293(x):
    return x + 293


def test_294(x):
    return x + 294


def test_295(x):
    return x + 295


def test_296(x):
    return x + 296


def test_297(x):
    return x + 297


def test_298(x):
    return x + 298


def test_299(x):
    return x + 299


def test_300(x):
    return x + 300


def test_301(x):
    return x + 301


def test_302(x):
    return x + 302


def test_303(x):
    return x + 303


def test_304(x):
    return x + 304


def test_305(x):
    return x + 305


def test_306(x):
    return x + 306


def test_307(x):
    return x + 307


def test_308(x):
    return x + 308


def test_309(x):
    return x + 309


def test_310(x):
    return x + 310


def test_311(x):
    return x + 311


def test_312(x):
    return x + 312


def test_313(x):
    return x + 313


def test_314(x):
    return x + 314


def test_315(x):
    return x + 315


def test_316(x):
    return x + 316


def test_317(x):
    return x + 317


def test_318(x):
    return x + 318


def test_319(x):
    return x + 319


def test_320(x):
    return x + 320


def test_321(x):
    return x + 321


def test_322(x):
    return x + 322


def test_323(x):
    return x + 323


def test_324(x):
    return x + 324


def test_325(x):
    return x + 325


def test_326(x):
    return x + 326


def test_327(x):
    return x + 327


def test_328(x):
    return x + 328


def test_329(x):
    return x + 329


def test_330(x):
    return x + 330


def test_331(x):
    return x + 331


def test_332(x):
    return x + 332


def test_333(x):
    return x + 333


def test_334(x):
    return x + 334


def test_335(x):
    return x + 335


def test_336(x):
    return x + 336


def test_337(x):
    return x + 337


def test_338(x):
    return x + 338


def test_339(x):
    return x + 339


def test_340(x):
    return x + 340


def test_341(x):
    return x + 341


def test_342(x):
    return x + 342


def test_343(x):
    return x + 343


def test_344(x):
    return x + 344


def test_345(x):
    return x + 345


def test_346(x):
    return x + 346


def test_347(x):
    return x + 347


def test_348(x):
    return x + 348


def test_349(x):
    return x + 349


def test_350(x):
    return x + 350


def test_351(x):
    return x + 351


def test_352(x):
    return x + 352


def test_353(x):
    return x + 353


def test_354(x):
    return x + 354


def test_355(x):
    return x + 355


def test_356(x):
    return x + 356


def test_357(x):
    return x + 357


def test_358(x):
    return x + 358


def test_359(x):
    return x + 359


def test_360(x):
    return x + 360


def test_361(x):
    return x + 361


def test_362(x):
    return x + 362


def test_363(x):
    return x + 363


def test_364(x):
    return x + 364


def test_365(x):
    return x + 365


def test_366(x):
    return x + 366


def test_367(x):
    return x + 367


def test_368(x):
    return x + 368


def test_369(x):
    return x + 369


def test_370(x):
    return x + 370


def test_371(x):
    return x + 371


def test_372(x):
    return x + 372


def test_373(x):
    return x + 373


def test_374(x):
    return x + 374


def test_375(x):
    return x + 375


def test_376(x):
    return x + 376


def test_377(x):
    return x + 377


def test_378(x):
    return x + 378


def test_379(x):
    return x + 379


def test_380(x):
    return x + 380


def test_381(x):
    return x + 381


def test_382(x):
    return x + 382


def test_383(x):
    return x + 383


def test_384(x):
    return x + 384


def test_385(x):
    return x + 385


def test_386(x):
    return x + 386


def test_387(x):
    return x + 387


def test_388(x):
    return x + 388


def test_389(x):
    return x + 389


def test_390(x):
    return x + 390


def test_391(x):
    return x + 391


def test_392(x):
    return x + 392


def test_393(x):
    return x + 393


def test_394(x):
    return x + 394


def test_395(x):
    return x + 395


def test_396(x):
    return x + 396


def test_397(x):
    return x + 397


def test_398(x):
    return x + 398


def test_399(x):
    return x + 399


def test_400(x):
    return x + 400


def test_401(x):
    return x + 401


def test_402(x):
    return x + 402


def test_403(x):
    return x + 403


def test_404(x):
    return x + 404


def test_405(x):
    return x + 405


def test_406(x):
    return x + 406


def test_407(x):
    return x + 407


def test_408(x):
    return x + 408


def test_409(x):
    return x + 409


def test_410(x):
    return x + 410


def test_411(x):
    return x + 411


def test_412(x):
    return x + 412


def test_413(x):
    return x + 413


def test_414(x):
    return x + 414


def test_415(x):
    return x + 415


def test_416(x):
    return x + 416


def test_417(x):
    return x + 417


def test_418(x):
    return x + 418


def test_419(x):
    return x + 419


def test_420(x):
    return x + 420


def test_421(x):
    return x + 421


def test_422(x):
    return x + 422


def test_423(x):
    return x + 423


def test_424(x):
    return x + 424


def test_425(x):
    return x + 425


def test_426(x):
    return x + 426


def test_427(x):
    return x + 427


def test_428(x):
    return x + 428


def test_429(x):
    return x + 429


def test_430(x):
    return x + 430


def test_431(x):
    return x + 431


def test_432(x):
    return x + 432


def test_433(x):
    return x + 433


def test_434(x):
    return x + 434


def test_435(x):
    return x + 435


def test_436(x):
    return x + 436


def test_437(x):
    return x + 437


def test_438(x):
    return x + 438


def test_439(x):
    return x + 439


def test_440(x):
    return x + 440


def test_441(x):
    return x + 441


def test_442(x):
    return x + 442


def test_443(x):
    return x + 443


def test_444(x):
    return x + 444


def test_445(x):
    return x + 445


def test_446(x):
    return x + 446


def test_447(x):
    return x + 447


def test_448(x):
    return x + 448


def test_449(x):
    return x + 449


def test_450(x):
    return x + 450


def test_451(x):
    return x + 451


def test_452(x):
    return x + 452


def test_453(x):
    return x + 453


def test_454(x):
    return x + 454


def test_455(x):
    return x + 455


def test_456(x):
    return x + 456


def test_457(x):
    return x + 457


def test_458(x):
    return x + 458


def test_459(x):
    return x + 459


def test_460(x):
    return x + 460


def test_461(x):
    return x + 461


def test_462(x):
    return x + 462


def test_463(x):
    return x + 463


def test_464(x):
    return x + 464


def test_465(x):
    return x + 465


def test_466(x):
    return x + 466


def test_467(x):
    return x + 467


def test_468(x):
    return x + 468


def test_469(x):
    return x + 469


def test_470(x):
    return x + 470


def test_471(x):
    return x + 471


def test_472(x):
    return x + 472


def test_473(x):
    return x + 473


def test_474(x):
    return x + 474


def test_475(x):
    return x + 475


def test_476(x):
    return x + 476


def test_477(x):
    return x + 477


def test_478(x):
    return x + 478


def test_479(x):
    return x + 479


def test_480(x):
    return x + 480


def test_481(x):
    return x + 481


def test_482(x):
    return x + 482


def test_483(x):
    return x + 483


def test_484(x):
    return x + 484


def test_485(x):
    return x + 485


def test_486(x):
    return x + 486


def test_487(x):
    return x + 487


def test_488(x):
    return x + 488


def test_489(x):
    return x + 489


def test_490(x):
    return x + 490


def test_491(x):
    return x + 491


def test_492(x):
    return x + 492


def test_493(x):
    return x + 493


def test_494(x):
    return x + 494


def test_495(x):
    return x + 495


def test_496(x):
    return x + 496


def test_497(x):
    return x + 497


def test_498(x):
    return x + 498


def test_499(x):
    return x + 499


def test_500(x):
    return x + 500


def test_501(x):
    return x + 501


def test_502(x):
    return x + 502


def test_503(x):
    return x + 503


def test_504(x):
    return x + 504


def test_505(x):
    return x + 505


def test_506(x):
    return x + 506


def test_507(x):
    return x + 507


def test_508(x):
    return x + 508


def test_509(x):
    return x + 509


def test_510(x):
    return x + 510


def test_511(x):
    return x + 511


def test_512(x):
    return x + 512


def test_513(x):
    return x + 513


def test_514(x):
    return x + 514


def test_515(x):
    return x + 515


def test_516(x):
    return x + 516


def test_517(x):
    return x + 517


def test_518(x):
    return x + 518


def test_519(x):
    return x + 519


