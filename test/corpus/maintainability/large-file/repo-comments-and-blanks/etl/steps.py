# step 0

STEP_0 = 0
# step 1

STEP_1 = 1
# step 2

STEP_2 = 2
# step 3

STEP_3 = 3
# step 4

STEP_4 = 4
# step 5

STEP_5 = 5
# step 6

STEP_6 = 6
# step 7

STEP_7 = 7
# step 8

STEP_8 = 8
# step 9

STEP_9 = 9
# step 10

STEP_10 = 10
# step 11

STEP_11 = 11
# step 12

STEP_12 = 12
# step 13

STEP_13 = 13
# step 14

STEP_14 = 14
# step 15

STEP_15 = 15
# step 16

STEP_16 = 16
# step 17

STEP_17 = 17
# step 18

STEP_18 = 18
# step 19

STEP_19 = 19
# step 20

STEP_20 = 20
# step 21

STEP_21 = 21
# step 22

STEP_22 = 22
# step 23

STEP_23 = 23
# step 24

STEP_24 = 24
# step 25

STEP_25 = 25
# step 26

STEP_26 = 26
# step 27

STEP_27 = 27
# step 28

STEP_28 = 28
# step 29

STEP_29 = 29
# step 30

STEP_30 = 30
# step 31

STEP_31 = 31
# step 32

STEP_32 = 32
# step 33

STEP_33 = 33
# step 34

STEP_34 = 34
# step 35

STEP_35 = 35
# step 36

STEP_36 = 36
# step 37

STEP_37 = 37
# step 38

STEP_38 = 38
# step 39

STEP_39 = 39
# step 40

STEP_40 = 40
# step 41

STEP_41 = 41
# step 42

STEP_42 = 42
# step 43

STEP_43 = 43
# step 44

STEP_44 = 44
# step 45

STEP_45 = 45
# step 46

STEP_46 = 46
# step 47

STEP_47 = 47
# step 48

STEP_48 = 48
# step 49

STEP_49 = 49
# step 50

STEP_50 = 50
# step 51

STEP_51 = 51
# step 52

STEP_52 = 52
# step 53

STEP_53 = 53
# step 54

STEP_54 = 54
# step 55

STEP_55 = 55
# step 56

STEP_56 = 56
# step 57

STEP_57 = 57
# step 58

STEP_58 = 58
# step 59

STEP_59 = 59
# step 60

STEP_60 = 60
# step 61

STEP_61 = 61
# step 62

STEP_62 = 62
# step 63

STEP_63 = 63
# step 64

STEP_64 = 64
# step 65

STEP_65 = 65
# step 66

STEP_66 = 66
# step 67

STEP_67 = 67
# step 68

STEP_68 = 68
# step 69

STEP_69 = 69
# step 70

STEP_70 = 70
# step 71

STEP_71 = 71
# step 72

STEP_72 = 72
# step 73

STEP_73 = 73
# step 74

STEP_74 = 74
# step 75

STEP_75 = 75
# step 76

STEP_76 = 76
# step 77

STEP_77 = 77
# step 78

STEP_78 = 78
# step 79

STEP_79 = 79
# step 80

STEP_80 = 80
# step 81

STEP_81 = 81
# step 82

STEP_82 = 82
# step 83

STEP_83 = 83
# step 84

STEP_84 = 84
# step 85

STEP_85 = 85
# step 86

STEP_86 = 86
# step 87

STEP_87 = 87
# step 88

STEP_88 = 88
# step 89

STEP_89 = 89
# step 90

STEP_90 = 90
# step 91

STEP_91 = 91
# step 92

STEP_92 = 92
# step 93

STEP_93 = 93
# step 94

STEP_94 = 94
# step 95

STEP_95 = 95
# step 96

STEP_96 = 96
# step 97

STEP_97 = 97
# step 98

STEP_98 = 98
# step 99

STEP_99 = 99
# step 100

STEP_100 = 100
# step 101

STEP_101 = 101
# step 102

STEP_102 = 102
# step 103

STEP_103 = 103
# step 104

STEP_104 = 104
# step 105

STEP_105 = 105
# step 106

STEP_106 = 106
# step 107

STEP_107 = 107
# step 108

STEP_108 = 108
# step 109

STEP_109 = 109
# step 110

STEP_110 = 110
# step 111

STEP_111 = 111
# step 112

STEP_112 = 112
# step 113

STEP_113 = 113
# step 114

STEP_114 = 114
# step 115

STEP_115 = 115
# step 116

STEP_116 = 116
# step 117

STEP_117 = 117
# step 118

STEP_118 = 118
# step 119

STEP_119 = 119
# step 120

STEP_120 = 120
# step 121

STEP_121 = 121
# step 122

STEP_122 = 122
# step 123

STEP_123 = 123
# step 124

STEP_124 = 124
# step 125

STEP_125 = 125
# step 126

STEP_126 = 126
# step 127

STEP_127 = 127
# step 128

STEP_128 = 128
# step 129

STEP_129 = 129
# step 130

STEP_130 = 130
# step 131

STEP_131 = 131
# step 132

STEP_132 = 132
# step 133

STEP_133 = 133
# step 134

STEP_134 = 134
# step 135

STEP_135 = 135
# step 136

STEP_136 = 136
# step 137

STEP_137 = 137
# step 138

STEP_138 = 138
# step 139

STEP_139 = 139
# step 140

STEP_140 = 140
# step 141

STEP_141 = 141
# step 142

STEP_142 = 142
# step 143

STEP_143 = 143
# step 144

STEP_144 = 144
# step 145

STEP_145 = 145
# step 146

STEP_146 = 146
# step 147

STEP_147 = 147
# step 148

STEP_148 = 148
# step 149

STEP_149 = 149
# step 150

STEP_150 = 150
# step 151

STEP_151 = 151
# step 152

STEP_152 = 152
# step 153

STEP_153 = 153
# step 154

STEP_154 = 154
# step 155

STEP_155 = 155
# step 156

STEP_156 = 156
# step 157

STEP_157 = 157
# step 158

STEP_158 = 158
# step 159

STEP_159 = 159
# step 160

STEP_160 = 160
# step 161

STEP_161 = 161
# step 162

STEP_162 = 162
# step 163

STEP_163 = 163
# step 164

STEP_164 = 164
# step 165

STEP_165 = 165
# step 166

STEP_166 = 166
# step 167

STEP_167 = 167
# step 168

STEP_168 = 168
# step 169

STEP_169 = 169
# step 170

STEP_170 = 170
# step 171

STEP_171 = 171
# step 172

STEP_172 = 172
# step 173

STEP_173 = 173
# step 174

STEP_174 = 174
# step 175

STEP_175 = 175
# step 176

STEP_176 = 176
# step 177

STEP_177 = 177
# step 178

STEP_178 = 178
# step 179

STEP_179 = 179
# step 180

STEP_180 = 180
# step 181

STEP_181 = 181
# step 182

STEP_182 = 182
# step 183

STEP_183 = 183
# step 184

STEP_184 = 184
# step 185

STEP_185 = 185
# step 186

STEP_186 = 186
# step 187

STEP_187 = 187
# step 188

STEP_188 = 188
# step 189

STEP_189 = 189
# step 190

STEP_190 = 190
# step 191

STEP_191 = 191
# step 192

STEP_192 = 192
# step 193

STEP_193 = 193
# step 194

STEP_194 = 194
# step 195

STEP_195 = 195
# step 196

STEP_196 = 196
# step 197

STEP_197 = 197
# step 198

STEP_198 = 198
# step 199

STEP_199 = 199
# step 200

STEP_200 = 200
# step 201

STEP_201 = 201
# step 202

STEP_202 = 202
# step 203

STEP_203 = 203
# step 204

STEP_204 = 204
# step 205

STEP_205 = 205
# step 206

STEP_206 = 206
# step 207

STEP_207 = 207
# step 208

STEP_208 = 208
# step 209

STEP_209 = 209
# step 210

STEP_210 = 210
# step 211

STEP_211 = 211
# step 212

STEP_212 = 212
# step 213

STEP_213 = 213
# step 214

STEP_214 = 214
# step 215

STEP_215 = 215
# step 216

STEP_216 = 216
# step 217

STEP_217 = 217
# step 218

STEP_218 = 218
# step 219

STEP_219 = 219
# step 220

STEP_220 = 220
# step 221

STEP_221 = 221
# step 222

STEP_222 = 222
# step 223

STEP_223 = 223
# step 224

STEP_224 = 224
# step 225

STEP_225 = 225
# step 226

STEP_226 = 226
# step 227

STEP_227 = 227
# step 228

STEP_228 = 228
# step 229

STEP_229 = 229
# step 230

STEP_230 = 230
# step 231

STEP_231 = 231
# step 232

STEP_232 = 232
# step 233

STEP_233 = 233
# step 234

STEP_234 = 234
# step 235

STEP_235 = 235
# step 236

STEP_236 = 236
# step 237

STEP_237 = 237
# step 238

STEP_238 = 238
# step 239

STEP_239 = 239
# step 240

STEP_240 = 240
# step 241

STEP_241 = 241
# step 242

STEP_242 = 242
# step 243

STEP_243 = 243
# step 244

STEP_244 = 244
# step 245

STEP_245 = 245
# step 246

STEP_246 = 246
# step 247

STEP_247 = 247
# step 248

STEP_248 = 248
# step 249

STEP_249 = 249
# step 250

STEP_250 = 250
# step 251

STEP_251 = 251
# step 252

STEP_252 = 252
# step 253

STEP_253 = 253
# step 254

STEP_254 = 254
# step 255

STEP_255 = 255
# step 256

STEP_256 = 256
# step 257

STEP_257 = 257
# step 258

STEP_258 = 258
# step 259

STEP_259 = 259
# step 260

STEP_260 = 260
# step 261

STEP_261 = 261
# step 262

STEP_262 = 262
# step 263

STEP_263 = 263
# step 264

STEP_264 = 264
# step 265

STEP_265 = 265
# step 266

STEP_266 = 266
# step 267

STEP_267 = 267
# step 268

STEP_268 = 268
# step 269

STEP_269 = 269
# step 270

STEP_270 = 270
# step 271

STEP_271 = 271
# step 272

STEP_272 = 272
# step 273

STEP_273 = 273
# step 274

STEP_274 = 274
# step 275

STEP_275 = 275
# step 276

STEP_276 = 276
# step 277

STEP_277 = 277
# step 278

STEP_278 = 278
# step 279

STEP_279 = 279
# step 280

STEP_280 = 280
# step 281

STEP_281 = 281
# step 282

STEP_282 = 282
# step 283

STEP_283 = 283
# step 284

STEP_284 = 284
# step 285

STEP_285 = 285
# step 286

STEP_286 = 286
# step 287

STEP_287 = 287
# step 288

STEP_288 = 288
# step 289

STEP_289 = 289
# step 290

STEP_290 = 290
# step 291

STEP_291 = 291
# step 292

STEP_292 = 292
# step 293

STEP_293 = 293
# step 294

STEP_294 = 294
# step 295

STEP_295 = 295
# step 296

STEP_296 = 296
# step 297

STEP_297 = 297
# step 298

STEP_298 = 298
# step 299

STEP_299 = 299
# step 300

STEP_300 = 300
# step 301

STEP_301 = 301
# step 302

STEP_302 = 302
# step 303

STEP_303 = 303
# step 304

STEP_304 = 304
# step 305

STEP_305 = 305
# step 306

STEP_306 = 306
# step 307

STEP_307 = 307
# step 308

STEP_308 = 308
# step 309

STEP_309 = 309
# step 310

STEP_310 = 310
# step 311

STEP_311 = 311
# step 312

STEP_312 = 312
# step 313

STEP_313 = 313
# step 314

STEP_314 = 314
# step 315

STEP_315 = 315
# step 316

STEP_316 = 316
# step 317

STEP_317 = 317
# step 318

STEP_318 = 318
# step 319

STEP_319 = 319
# step 320

STEP_320 = 320
# step 321

STEP_321 = 321
# step 322

STEP_322 = 322
# step 323

STEP_323 = 323
# step 324

STEP_324 = 324
# step 325

STEP_325 = 325
# step 326

STEP_326 = 326
# step 327

STEP_327 = 327
# step 328

STEP_328 = 328
# step 329

STEP_329 = 329
# step 330

STEP_330 = 330
# step 331

STEP_331 = 331
# step 332

STEP_332 = 332
# step 333

STEP_333 = 333
# step 334

STEP_334 = 334
# step 335

STEP_335 = 335
# step 336

STEP_336 = 336
# step 337

STEP_337 = 337
# step 338

STEP_338 = 338
# step 339

STEP_339 = 339
# step 340

STEP_340 = 340
# step 341

STEP_341 = 341
# step 342

STEP_342 = 342
# step 343

STEP_343 = 343
# step 344

STEP_344 = 344
# step 345

STEP_345 = 345
# step 346

STEP_346 = 346
# step 347

STEP_347 = 347
# step 348

STEP_348 = 348
# step 349

STEP_349 = 349
# step 350

STEP_350 = 350
# step 351

STEP_351 = 351
# step 352

STEP_352 = 352
# step 353

STEP_353 = 353
# step 354

STEP_354 = 354
# step 355

STEP_355 = 355
# step 356

STEP_356 = 356
# step 357

STEP_357 = 357
# step 358

STEP_358 = 358
# step 359

STEP_359 = 359
# step 360

STEP_360 = 360
# step 361

STEP_361 = 361
# step 362

STEP_362 = 362
# step 363

STEP_363 = 363
# step 364

STEP_364 = 364
# step 365

STEP_365 = 365
# step 366

STEP_366 = 366
# step 367

STEP_367 = 367
# step 368

STEP_368 = 368
# step 369

STEP_369 = 369
# step 370

STEP_370 = 370
# step 371

STEP_371 = 371
# step 372

STEP_372 = 372
# step 373

STEP_373 = 373
# step 374

STEP_374 = 374
# step 375

STEP_375 = 375
# step 376

STEP_376 = 376
# step 377

STEP_377 = 377
# step 378

STEP_378 = 378
# step 379

STEP_379 = 379
# step 380

STEP_380 = 380
# step 381

STEP_381 = 381
# step 382

STEP_382 = 382
# step 383

STEP_383 = 383
# step 384

STEP_384 = 384
# step 385

STEP_385 = 385
# step 386

STEP_386 = 386
# step 387

STEP_387 = 387
# step 388

STEP_388 = 388
# step 389

STEP_389 = 389
# step 390

STEP_390 = 390
# step 391

STEP_391 = 391
# step 392

STEP_392 = 392
# step 393

STEP_393 = 393
# step 394

STEP_394 = 394
# step 395

STEP_395 = 395
# step 396

STEP_396 = 396
# step 397

STEP_397 = 397
# step 398

STEP_398 = 398
# step 399

STEP_399 = 399
# step 400

STEP_400 = 400
# step 401

STEP_401 = 401
# step 402

STEP_402 = 402
# step 403

STEP_403 = 403
# step 404

STEP_404 = 404
# step 405

STEP_405 = 405
# step 406

STEP_406 = 406
# step 407

STEP_407 = 407
# step 408

STEP_408 = 408
# step 409

STEP_409 = 409
# step 410

STEP_410 = 410
# step 411

STEP_411 = 411
# step 412

STEP_412 = 412
# step 413

STEP_413 = 413
# step 414

STEP_414 = 414
# step 415

STEP_415 = 415
# step 416

STEP_416 = 416
# step 417

STEP_417 = 417
# step 418

STEP_418 = 418
# step 419

STEP_419 = 419
# step 420

STEP_420 = 420
# step 421

STEP_421 = 421
# step 422

STEP_422 = 422
# step 423

STEP_423 = 423
# step 424

STEP_424 = 424
# step 425

STEP_425 = 425
# step 426

STEP_426 = 426
# step 427

STEP_427 = 427
# step 428

STEP_428 = 428
# step 429

STEP_429 = 429
# step 430

STEP_430 = 430
# step 431

STEP_431 = 431
# step 432

STEP_432 = 432
# step 433

STEP_433 = 433
# step 434

STEP_434 = 434
# step 435

STEP_435 = 435
# step 436

STEP_436 = 436
# step 437

STEP_437 = 437
# step 438

STEP_438 = 438
# step 439

STEP_439 = 439
# step 440

STEP_440 = 440
# step 441

STEP_441 = 441
# step 442

STEP_442 = 442
# step 443

STEP_443 = 443
# step 444

STEP_444 = 444
# step 445

STEP_445 = 445
# step 446

STEP_446 = 446
# step 447

STEP_447 = 447
# step 448

STEP_448 = 448
# step 449

STEP_449 = 449
# step 450

STEP_450 = 450
# step 451

STEP_451 = 451
# step 452

STEP_452 = 452
# step 453

STEP_453 = 453
# step 454

STEP_454 = 454
# step 455

STEP_455 = 455
# step 456

STEP_456 = 456
# step 457

STEP_457 = 457
# step 458

STEP_458 = 458
# step 459

STEP_459 = 459
# step 460

STEP_460 = 460
# step 461

STEP_461 = 461
# step 462

STEP_462 = 462
# step 463

STEP_463 = 463
# step 464

STEP_464 = 464
# step 465

STEP_465 = 465
# step 466

STEP_466 = 466
# step 467

STEP_467 = 467
# step 468

STEP_468 = 468
# step 469

STEP_469 = 469
# step 470

STEP_470 = 470
# step 471

STEP_471 = 471
# step 472

STEP_472 = 472
# step 473

STEP_473 = 473
# step 474

STEP_474 = 474
# step 475

STEP_475 = 475
# step 476

STEP_476 = 476
# step 477

STEP_477 = 477
# step 478

STEP_478 = 478
# step 479

STEP_479 = 479
# step 480

STEP_480 = 480
# step 481

STEP_481 = 481
# step 482

STEP_482 = 482
# step 483

STEP_483 = 483
# step 484

STEP_484 = 484
# step 485

STEP_485 = 485
# step 486

STEP_486 = 486
# step 487

STEP_487 = 487
# step 488

STEP_488 = 488
# step 489

STEP_489 = 489
# step 490

STEP_490 = 490
# step 491

STEP_491 = 491
# step 492

STEP_492 = 492
# step 493

STEP_493 = 493
# step 494

STEP_494 = 494
# step 495

STEP_495 = 495
# step 496

STEP_496 = 496
# step 497

STEP_497 = 497
# step 498

STEP_498 = 498
# step 499

STEP_499 = 499
# step 500

STEP_500 = 500
# step 501

STEP_501 = 501
# step 502

STEP_502 = 502
# step 503

STEP_503 = 503
# step 504

STEP_504 = 504
# step 505

STEP_505 = 505
# step 506

STEP_506 = 506
# step 507

STEP_507 = 507
# step 508

STEP_508 = 508
# step 509

STEP_509 = 509
# step 510

STEP_510 = 510
# step 511

STEP_511 = 511
# step 512

STEP_512 = 512
# step 513

STEP_513 = 513
# step 514

STEP_514 = 514
# step 515

STEP_515 = 515
# step 516

STEP_516 = 516
# step 517

STEP_517 = 517
# step 518

STEP_518 = 518
# step 519

STEP_519 = 519
# step 520

STEP_520 = 520
# step 521

STEP_521 = 521
# step 522

STEP_522 = 522
# step 523

STEP_523 = 523
# step 524

STEP_524 = 524
# step 525

STEP_525 = 525
# step 526

STEP_526 = 526
# step 527

STEP_527 = 527
# step 528

STEP_528 = 528
# step 529

STEP_529 = 529
# step 530

STEP_530 = 530
# step 531

STEP_531 = 531
# step 532

STEP_532 = 532
# step 533

STEP_533 = 533
# step 534

STEP_534 = 534
# step 535

STEP_535 = 535
# step 536

STEP_536 = 536
# step 537

STEP_537 = 537
# step 538

STEP_538 = 538
# step 539

STEP_539 = 539
# step 540

STEP_540 = 540
# step 541

STEP_541 = 541
# step 542

STEP_542 = 542
# step 543

STEP_543 = 543
# step 544

STEP_544 = 544
# step 545

STEP_545 = 545
# step 546

STEP_546 = 546
# step 547

STEP_547 = 547
# step 548

STEP_548 = 548
# step 549

STEP_549 = 549
# step 550

STEP_550 = 550
# step 551

STEP_551 = 551
# step 552

STEP_552 = 552
# step 553

STEP_553 = 553
# step 554

STEP_554 = 554
# step 555

STEP_555 = 555
# step 556

STEP_556 = 556
# step 557

STEP_557 = 557
# step 558

STEP_558 = 558
# step 559

STEP_559 = 559
# step 560

STEP_560 = 560
# step 561

STEP_561 = 561
# step 562

STEP_562 = 562
# step 563

STEP_563 = 563
# step 564

STEP_564 = 564
# step 565

STEP_565 = 565
# step 566

STEP_566 = 566
# step 567

STEP_567 = 567
# step 568

STEP_568 = 568
# step 569

STEP_569 = 569
# step 570

STEP_570 = 570
# step 571

STEP_571 = 571
# step 572

STEP_572 = 572
# step 573

STEP_573 = 573
# step 574

STEP_574 = 574
# step 575

STEP_575 = 575
# step 576

STEP_576 = 576
# step 577

STEP_577 = 577
# step 578

STEP_578 = 578
# step 579

STEP_579 = 579
# step 580

STEP_580 = 580
# step 581

STEP_581 = 581
# step 582

STEP_582 = 582
# step 583

STEP_583 = 583
# step 584

STEP_584 = 584
# step 585

STEP_585 = 585
# step 586

STEP_586 = 586
# step 587

STEP_587 = 587
# step 588

STEP_588 = 588
# step 589

STEP_589 = 589
# step 590

STEP_590 = 590
# step 591

STEP_591 = 591
# step 592

STEP_592 = 592
# step 593

STEP_593 = 593
# step 594

STEP_594 = 594
# step 595

STEP_595 = 595
# step 596

STEP_596 = 596
# step 597

STEP_597 = 597
# step 598

STEP_598 = 598
# step 599

STEP_599 = 599
