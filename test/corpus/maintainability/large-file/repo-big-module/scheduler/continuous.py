def step_0(x):
    return x + 0


def step_1(x):
    return x + 1


def step_2(x):
    return x + 2


def step_3(x):
    return x + 3


def step_4(x):
    return x + 4


def step_5(x):
    return x + 5


def step_6(x):
    return x + 6


def step_7(x):
    return x + 7


def step_8(x):
    return x + 8


def step_9(x):
    return x + 9


def step_10(x):
    return x + 10


def step_11(x):
    return x + 11


def step_12(x):
    return x + 12


def step_13(x):
    return x + 13


def step_14(x):
    return x + 14


def step_15(x):
    return x + 15


def step_16(x):
    return x + 16


def step_17(x):
    return x + 17


def step_18(x):
    return x + 18


def step_19(x):
    return x + 19


def step_20(x):
    return x + 20


def step_21(x):
    return x + 21


def step_22(x):
    return x + 22


def step_23(x):
    return x + 23


def step_24(x):
    return x + 24


def step_25(x):
    return x + 25


def step_26(x):
    return x + 26


def step_27(x):
    return x + 27


def step_28(x):
    return x + 28


def step_29(x):
    return x + 29


def step_30(x):
    return x + 30


def step_31(x):
    return x + 31


def step_32(x):
    return x + 32


def step_33(x):
    return x + 33


def step_34(x):
    return x + 34


def step_35(x):
    return x + 35


def step_36(x):
    return x + 36


def step_37(x):
    return x + 37


def step_38(x):
    return x + 38


def step_39(x):
    return x + 39


def step_40(x):
    return x + 40


def step_41(x):
    return x + 41


def step_42(x):
    return x + 42


def step_43(x):
    return x + 43


def step_44(x):
    return x + 44


def step_45(x):
    return x + 45


def step_46(x):
    return x + 46


def step_47(x):
    return x + 47


def step_48(x):
    return x + 48


def step_49(x):
    return x + 49


def step_50(x):
    return x + 50


def step_51(x):
    return x + 51


def step_52(x):
    return x + 52


def step_53(x):
    return x + 53


def step_54(x):
    return x + 54


def step_55(x):
    return x + 55


def step_56(x):
    return x + 56


def step_57(x):
    return x + 57


def step_58(x):
    return x + 58


def step_59(x):
    return x + 59


def step_60(x):
    return x + 60


def step_61(x):
    return x + 61


def step_62(x):
    return x + 62


def step_63(x):
    return x + 63


def step_64(x):
    return x + 64


def step_65(x):
    return x + 65


def step_66(x):
    return x + 66


def step_67(x):
    return x + 67


def step_68(x):
    return x + 68


def step_69(x):
    return x + 69


def step_70(x):
    return x + 70


def step_71(x):
    return x + 71


def step_72(x):
    return x + 72


def step_73(x):
    return x + 73


def step_74(x):
    return x + 74


def step_75(x):
    return x + 75


def step_76(x):
    return x + 76


def step_77(x):
    return x + 77


def step_78(x):
    return x + 78


def step_79(x):
    return x + 79


def step_80(x):
    return x + 80


def step_81(x):
    return x + 81


def step_82(x):
    return x + 82


def step_83(x):
    return x + 83


def step_84(x):
    return x + 84


def step_85(x):
    return x + 85


def step_86(x):
    return x + 86


def step_87(x):
    return x + 87


def step_88(x):
    return x + 88


def step_89(x):
    return x + 89


def step_90(x):
    return x + 90


def step_91(x):
    return x + 91


def step_92(x):
    return x + 92


def step_93(x):
    return x + 93


def step_94(x):
    return x + 94


def step_95(x):
    return x + 95


def step_96(x):
    return x + 96


def step_97(x):
    return x + 97


def step_98(x):
    return x + 98


def step_99(x):
    return x + 99


def step_100(x):
    return x + 100


def step_101(x):
    return x + 101


def step_102(x):
    return x + 102


def step_103(x):
    return x + 103


def step_104(x):
    return x + 104


def step_105(x):
    return x + 105


def step_106(x):
    return x + 106


def step_107(x):
    return x + 107


def step_108(x):
    return x + 108


def step_109(x):
    return x + 109


def step_110(x):
    return x + 110


def step_111(x):
    return x + 111


def step_112(x):
    return x + 112


def step_113(x):
    return x + 113


def step_114(x):
    return x + 114


def step_115(x):
    return x + 115


def step_116(x):
    return x + 116


def step_117(x):
    return x + 117


def step_118(x):
    return x + 118


def step_119(x):
    return x + 119


def step_120(x):
    return x + 120


def step_121(x):
    return x + 121


def step_122(x):
    return x + 122


def step_123(x):
    return x + 123


def step_124(x):
    return x + 124


def step_125(x):
    return x + 125


def step_126(x):
    return x + 126


def step_127(x):
    return x + 127


def step_128(x):
    return x + 128


def step_129(x):
    return x + 129


def step_130(x):
    return x + 130


def step_131(x):
    return x + 131


def step_132(x):
    return x + 132


def step_133(x):
    return x + 133


def step_134(x):
    return x + 134


def step_135(x):
    return x + 135


def step_136(x):
    return x + 136


def step_137(x):
    return x + 137


def step_138(x):
    return x + 138


def step_139(x):
    return x + 139


def step_140(x):
    return x + 140


def step_141(x):
    return x + 141


def step_142(x):
    return x + 142


def step_143(x):
    return x + 143


def step_144(x):
    return x + 144


def step_145(x):
    return x + 145


def step_146(x):
    return x + 146


def step_147(x):
    return x + 147


def step_148(x):
    return x + 148


def step_149(x):
    return x + 149


def step_150(x):
    return x + 150


def step_151(x):
    return x + 151


def step_152(x):
    return x + 152


def step_153(x):
    return x + 153


def step_154(x):
    return x + 154


def step_155(x):
    return x + 155


def step_156(x):
    return x + 156


def step_157(x):
    return x + 157


def step_158(x):
    return x + 158


def step_159(x):
    return x + 159


def step_160(x):
    return x + 160


def step_161(x):
    return x + 161


def step_162(x):
    return x + 162


def step_163(x):
    return x + 163


def step_164(x):
    return x + 164


def step_165(x):
    return x + 165


def step_166(x):
    return x + 166


def step_167(x):
    return x + 167


def step_168(x):
    return x + 168


def step_169(x):
    return x + 169


def step_170(x):
    return x + 170


def step_171(x):
    return x + 171


def step_172(x):
    return x + 172


def step_173(x):
    return x + 173


def step_174(x):
    return x + 174


def step_175(x):
    return x + 175


def step_176(x):
    return x + 176


def step_177(x):
    return x + 177


def step_178(x):
    return x + 178


def step_179(x):
    return x + 179


def step_180(x):
    return x + 180


def step_181(x):
    return x + 181


def step_182(x):
    return x + 182


def step_183(x):
    return x + 183


def step_184(x):
    return x + 184


def step_185(x):
    return x + 185


def step_186(x):
    return x + 186


def step_187(x):
    return x + 187


def step_188(x):
    return x + 188


def step_189(x):
    return x + 189


def step_190(x):
    return x + 190


def step_191(x):
    return x + 191


def step_192(x):
    return x + 192


def step_193(x):
    return x + 193


def step_194(x):
    return x + 194


def step_195(x):
    return x + 195


def step_196(x):
    return x + 196


def step_197(x):
    return x + 197


def step_198(x):
    return x + 198


def step_199(x):
    return x + 199


def step_200(x):
    return x + 200


def step_201(x):
    return x + 201


def step_202(x):
    return x + 202


def step_203(x):
    return x + 203


def step_204(x):
    return x + 204


def step_205(x):
    return x + 205


def step_206(x):
    return x + 206


def step_207(x):
    return x + 207


def step_208(x):
    return x + 208


def step_209(x):
    return x + 209


def step_210(x):
    return x + 210


def step_211(x):
    return x + 211


def step_212(x):
    return x + 212


def step_213(x):
    return x + 213


def step_214(x):
    return x + 214


def step_215(x):
    return x + 215


def step_216(x):
    return x + 216


def step_217(x):
    return x + 217


def step_218(x):
    return x + 218


def step_219(x):
    return x + 219


def step_220(x):
    return x + 220


def step_221(x):
    return x + 221


def step_222(x):
    return x + 222


def step_223(x):
    return x + 223


def step_224(x):
    return x + 224


def step_225(x):
    return x + 225


def step_226(x):
    return x + 226


def step_227(x):
    return x + 227


def step_228(x):
    return x + 228


def step_229(x):
    return x + 229


def step_230(x):
    return x + 230


def step_231(x):
    return x + 231


def step_232(x):
    return x + 232


def step_233(x):
    return x + 233


def step_234(x):
    return x + 234


def step_235(x):
    return x + 235


def step_236(x):
    return x + 236


def step_237(x):
    return x + 237


def step_238(x):
    return x + 238


def step_239(x):
    return x + 239


def step_240(x):
    return x + 240


def step_241(x):
    return x + 241


def step_242(x):
    return x + 242


def step_243(x):
    return x + 243


def step_244(x):
    return x + 244


def step_245(x):
    return x + 245


def step_246(x):
    return x + 246


def step_247(x):
    return x + 247


def step_248(x):
    return x + 248


def step_249(x):
    return x + 249


def step_250(x):
    return x + 250


def step_251(x):
    return x + 251


def step_252(x):
    return x + 252


def step_253(x):
    return x + 253


def step_254(x):
    return x + 254


def step_255(x):
    return x + 255


def step_256(x):
    return x + 256


def step_257(x):
    return x + 257


def step_258(x):
    return x + 258


def step_259(x):
    return x + 259


def step_260(x):
    return x + 260


def step_261(x):
    return x + 261


def step_262(x):
    return x + 262


def step_263(x):
    return x + 263


def step_264(x):
    return x + 264


def step_265(x):
    return x + 265


def step_266(x):
    return x + 266


def step_267(x):
    return x + 267


def step_268(x):
    return x + 268


def step_269(x):
    return x + 269


def step_270(x):
    return x + 270


def step_271(x):
    return x + 271


def step_272(x):
    return x + 272


def step_273(x):
    return x + 273


def step_274(x):
    return x + 274


def step_275(x):
    return x + 275


def step_276(x):
    return x + 276


def step_277(x):
    return x + 277


def step_278(x):
    return x + 278


def step_279(x):
    return x + 279


def step_280(x):
    return x + 280


def step_281(x):
    return x + 281


def step_282(x):
    return x + 282


def step_283(x):
    return x + 283


def step_284(x):
    return x + 284


def step_285(x):
    return x + 285


def step_286(x):
    return x + 286


def step_287(x):
    return x + 287


def step_288(x):
    return x + 288


def step_289(x):
    return x + 289


def step_290(x):
    return x + 290


def step_291(x):
    return x + 291


def step_292(x):
    return x + 292


def step_293(x):
    return x + 293


def step_294(x):
    return x + 294


def step_295(x):
    return x + 295


def step_296(x):
    return x + 296


def step_297(x):
    return x + 297


def step_298(x):
    return x + 298


def step_299(x):
    return x + 299


def step_300(x):
    return x + 300


def step_301(x):
    return x + 301


def step_302(x):
    return x + 302


def step_303(x):
    return x + 303


def step_304(x):
    return x + 304


def step_305(x):
    return x + 305


def step_306(x):
    return x + 306


def step_307(x):
    return x + 307


def step_308(x):
    return x + 308


def step_309(x):
    return x + 309


def step_310(x):
    return x + 310


def step_311(x):
    return x + 311


def step_312(x):
    return x + 312


def step_313(x):
    return x + 313


def step_314(x):
    return x + 314


def step_315(x):
    return x + 315


def step_316(x):
    return x + 316


def step_317(x):
    return x + 317


def step_318(x):
    return x + 318


def step_319(x):
    return x + 319


def step_320(x):
    return x + 320


def step_321(x):
    return x + 321


def step_322(x):
    return x + 322


def step_323(x):
    return x + 323


def step_324(x):
    return x + 324


def step_325(x):
    return x + 325


def step_326(x):
    return x + 326


def step_327(x):
    return x + 327


def step_328(x):
    return x + 328


def step_329(x):
    return x + 329


def step_330(x):
    return x + 330


def step_331(x):
    return x + 331


def step_332(x):
    return x + 332


def step_333(x):
    return x + 333


def step_334(x):
    return x + 334


def step_335(x):
    return x + 335


def step_336(x):
    return x + 336


def step_337(x):
    return x + 337


def step_338(x):
    return x + 338


def step_339(x):
    return x + 339


def step_340(x):
    return x + 340


def step_341(x):
    return x + 341


def step_342(x):
    return x + 342


def step_343(x):
    return x + 343


def step_344(x):
    return x + 344


def step_345(x):
    return x + 345


def step_346(x):
    return x + 346


def step_347(x):
    return x + 347


def step_348(x):
    return x + 348


def step_349(x):
    return x + 349


def step_350(x):
    return x + 350


def step_351(x):
    return x + 351


def step_352(x):
    return x + 352


def step_353(x):
    return x + 353


def step_354(x):
    return x + 354


def step_355(x):
    return x + 355


def step_356(x):
    return x + 356


def step_357(x):
    return x + 357


def step_358(x):
    return x + 358


def step_359(x):
    return x + 359


def step_360(x):
    return x + 360


def step_361(x):
    return x + 361


def step_362(x):
    return x + 362


def step_363(x):
    return x + 363


def step_364(x):
    return x + 364


def step_365(x):
    return x + 365


def step_366(x):
    return x + 366


def step_367(x):
    return x + 367


def step_368(x):
    return x + 368


def step_369(x):
    return x + 369


def step_370(x):
    return x + 370


def step_371(x):
    return x + 371


def step_372(x):
    return x + 372


def step_373(x):
    return x + 373


def step_374(x):
    return x + 374


def step_375(x):
    return x + 375


def step_376(x):
    return x + 376


def step_377(x):
    return x + 377


def step_378(x):
    return x + 378


def step_379(x):
    return x + 379


def step_380(x):
    return x + 380


def step_381(x):
    return x + 381


def step_382(x):
    return x + 382


def step_383(x):
    return x + 383


def step_384(x):
    return x + 384


def step_385(x):
    return x + 385


def step_386(x):
    return x + 386


def step_387(x):
    return x + 387


def step_388(x):
    return x + 388


def step_389(x):
    return x + 389


def step_390(x):
    return x + 390


def step_391(x):
    return x + 391


def step_392(x):
    return x + 392


def step_393(x):
    return x + 393


def step_394(x):
    return x + 394


def step_395(x):
    return x + 395


def step_396(x):
    return x + 396


def step_397(x):
    return x + 397


def step_398(x):
    return x + 398


def step_399(x):
    return x + 399


def step_400(x):
    return x + 400


def step_401(x):
    return x + 401


def step_402(x):
    return x + 402


def step_403(x):
    return x + 403


def step_404(x):
    return x + 404


def step_405(x):
    return x + 405


def step_406(x):
    return x + 406


def step_407(x):
    return x + 407


def step_408(x):
    return x + 408


def step_409(x):
    return x + 409


def step_410(x):
    return x + 410


def step_411(x):
    return x + 411


def step_412(x):
    return x + 412


def step_413(x):
    return x + 413


def step_414(x):
    return x + 414


def step_415(x):
    return x + 415


def step_416(x):
    return x + 416


def step_417(x):
    return x + 417


def step_418(x):
    return x + 418


def step_419(x):
    return x + 419


def step_420(x):
    return x + 420


def step_421(x):
    return x + 421


def step_422(x):
    return x + 422


def step_423(x):
    return x + 423


def step_424(x):
    return x + 424


def step_425(x):
    return x + 425


def step_426(x):
    return x + 426


def step_427(x):
    return x + 427


def step_428(x):
    return x + 428


def step_429(x):
    return x + 429


def step_430(x):
    return x + 430


def step_431(x):
    return x + 431


def step_432(x):
    return x + 432


def step_433(x):
    return x + 433


def step_434(x):
    return x + 434


def step_435(x):
    return x + 435


def step_436(x):
    return x + 436


def step_437(x):
    return x + 437


def step_438(x):
    return x + 438


def step_439(x):
    return x + 439


def step_440(x):
    return x + 440


def step_441(x):
    return x + 441


def step_442(x):
    return x + 442


def step_443(x):
    return x + 443


def step_444(x):
    return x + 444


def step_445(x):
    return x + 445


def step_446(x):
    return x + 446


def step_447(x):
    return x + 447


def step_448(x):
    return x + 448


def step_449(x):
    return x + 449


def step_450(x):
    return x + 450


def step_451(x):
    return x + 451


def step_452(x):
    return x + 452


def step_453(x):
    return x + 453


def step_454(x):
    return x + 454


def step_455(x):
    return x + 455


def step_456(x):
    return x + 456


def step_457(x):
    return x + 457


def step_458(x):
    return x + 458


def step_459(x):
    return x + 459


def step_460(x):
    return x + 460


def step_461(x):
    return x + 461


def step_462(x):
    return x + 462


def step_463(x):
    return x + 463


def step_464(x):
    return x + 464


def step_465(x):
    return x + 465


def step_466(x):
    return x + 466


def step_467(x):
    return x + 467


def step_468(x):
    return x + 468


def step_469(x):
    return x + 469


def step_470(x):
    return x + 470


def step_471(x):
    return x + 471


def step_472(x):
    return x + 472


def step_473(x):
    return x + 473


def step_474(x):
    return x + 474


def step_475(x):
    return x + 475


def step_476(x):
    return x + 476


def step_477(x):
    return x + 477


def step_478(x):
    return x + 478


def step_479(x):
    return x + 479


def step_480(x):
    return x + 480


def step_481(x):
    return x + 481


def step_482(x):
    return x + 482


def step_483(x):
    return x + 483


def step_484(x):
    return x + 484


def step_485(x):
    return x + 485


def step_486(x):
    return x + 486


def step_487(x):
    return x + 487


def step_488(x):
    return x + 488


def step_489(x):
    return x + 489


def step_490(x):
    return x + 490


def step_491(x):
    return x + 491


def step_492(x):
    return x + 492


def step_493(x):
    return x + 493


def step_494(x):
    return x + 494


def step_495(x):
    return x + 495


def step_496(x):
    return x + 496


def step_497(x):
    return x + 497


def step_498(x):
    return x + 498


def step_499(x):
    return x + 499


def step_500(x):
    return x + 500


def step_501(x):
    return x + 501


def step_502(x):
    return x + 502


def step_503(x):
    return x + 503


def step_504(x):
    return x + 504


def step_505(x):
    return x + 505


def step_506(x):
    return x + 506


def step_507(x):
    return x + 507


def step_508(x):
    return x + 508


def step_509(x):
    return x + 509


def step_510(x):
    return x + 510


def step_511(x):
    return x + 511


def step_512(x):
    return x + 512


def step_513(x):
    return x + 513


def step_514(x):
    return x + 514


def step_515(x):
    return x + 515


def step_516(x):
    return x + 516


def step_517(x):
    return x + 517


def step_518(x):
    return x + 518


def step_519(x):
    return x + 519


