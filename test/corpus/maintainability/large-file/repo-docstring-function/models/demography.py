import os


def analyze(img_path, actions=("age", "gender")):
    """
    Analyze facial attributes.

    Args:
        option_0 (str): what option 0 does, in full detail.
        option_1 (str): what option 1 does, in full detail.
        option_2 (str): what option 2 does, in full detail.
        option_3 (str): what option 3 does, in full detail.
        option_4 (str): what option 4 does, in full detail.
        option_5 (str): what option 5 does, in full detail.
        option_6 (str): what option 6 does, in full detail.
        option_7 (str): what option 7 does, in full detail.
        option_8 (str): what option 8 does, in full detail.
        option_9 (str): what option 9 does, in full detail.
        option_10 (str): what option 10 does, in full detail.
        option_11 (str): what option 11 does, in full detail.
        option_12 (str): what option 12 does, in full detail.
        option_13 (str): what option 13 does, in full detail.
        option_14 (str): what option 14 does, in full detail.
        option_15 (str): what option 15 does, in full detail.
        option_16 (str): what option 16 does, in full detail.
        option_17 (str): what option 17 does, in full detail.
        option_18 (str): what option 18 does, in full detail.
        option_19 (str): what option 19 does, in full detail.
        option_20 (str): what option 20 does, in full detail.
        option_21 (str): what option 21 does, in full detail.
        option_22 (str): what option 22 does, in full detail.
        option_23 (str): what option 23 does, in full detail.
        option_24 (str): what option 24 does, in full detail.
        option_25 (str): what option 25 does, in full detail.
        option_26 (str): what option 26 does, in full detail.
        option_27 (str): what option 27 does, in full detail.
        option_28 (str): what option 28 does, in full detail.
        option_29 (str): what option 29 does, in full detail.
        option_30 (str): what option 30 does, in full detail.
        option_31 (str): what option 31 does, in full detail.
        option_32 (str): what option 32 does, in full detail.
        option_33 (str): what option 33 does, in full detail.
        option_34 (str): what option 34 does, in full detail.
        option_35 (str): what option 35 does, in full detail.
        option_36 (str): what option 36 does, in full detail.
        option_37 (str): what option 37 does, in full detail.
        option_38 (str): what option 38 does, in full detail.
        option_39 (str): what option 39 does, in full detail.
        option_40 (str): what option 40 does, in full detail.
        option_41 (str): what option 41 does, in full detail.
        option_42 (str): what option 42 does, in full detail.
        option_43 (str): what option 43 does, in full detail.
        option_44 (str): what option 44 does, in full detail.
        option_45 (str): what option 45 does, in full detail.
        option_46 (str): what option 46 does, in full detail.
        option_47 (str): what option 47 does, in full detail.
        option_48 (str): what option 48 does, in full detail.
        option_49 (str): what option 49 does, in full detail.
        option_50 (str): what option 50 does, in full detail.
        option_51 (str): what option 51 does, in full detail.
        option_52 (str): what option 52 does, in full detail.
        option_53 (str): what option 53 does, in full detail.
        option_54 (str): what option 54 does, in full detail.
        option_55 (str): what option 55 does, in full detail.
        option_56 (str): what option 56 does, in full detail.
        option_57 (str): what option 57 does, in full detail.
        option_58 (str): what option 58 does, in full detail.
        option_59 (str): what option 59 does, in full detail.
        option_60 (str): what option 60 does, in full detail.
        option_61 (str): what option 61 does, in full detail.
        option_62 (str): what option 62 does, in full detail.
        option_63 (str): what option 63 does, in full detail.
        option_64 (str): what option 64 does, in full detail.
        option_65 (str): what option 65 does, in full detail.
        option_66 (str): what option 66 does, in full detail.
        option_67 (str): what option 67 does, in full detail.
        option_68 (str): what option 68 does, in full detail.
        option_69 (str): what option 69 does, in full detail.
        option_70 (str): what option 70 does, in full detail.
        option_71 (str): what option 71 does, in full detail.
        option_72 (str): what option 72 does, in full detail.
        option_73 (str): what option 73 does, in full detail.
        option_74 (str): what option 74 does, in full detail.
        option_75 (str): what option 75 does, in full detail.
    """

    # ---- block 0
    result_0 = step(img_path, 0)
    result_1 = step(img_path, 1)
    result_2 = step(img_path, 2)
    result_3 = step(img_path, 3)
    result_4 = step(img_path, 4)

    # ---- block 5
    result_5 = step(img_path, 5)
    result_6 = step(img_path, 6)
    result_7 = step(img_path, 7)
    result_8 = step(img_path, 8)
    result_9 = step(img_path, 9)

    # ---- block 10
    result_10 = step(img_path, 10)
    result_11 = step(img_path, 11)
    result_12 = step(img_path, 12)
    result_13 = step(img_path, 13)
    result_14 = step(img_path, 14)

    # ---- block 15
    result_15 = step(img_path, 15)
    result_16 = step(img_path, 16)
    result_17 = step(img_path, 17)
    result_18 = step(img_path, 18)
    result_19 = step(img_path, 19)

    # ---- block 20
    result_20 = step(img_path, 20)
    result_21 = step(img_path, 21)
    result_22 = step(img_path, 22)
    result_23 = step(img_path, 23)
    result_24 = step(img_path, 24)

    # ---- block 25
    result_25 = step(img_path, 25)
    result_26 = step(img_path, 26)
    result_27 = step(img_path, 27)
    result_28 = step(img_path, 28)
    result_29 = step(img_path, 29)

    # ---- block 30
    result_30 = step(img_path, 30)
    result_31 = step(img_path, 31)
    result_32 = step(img_path, 32)
    result_33 = step(img_path, 33)
    result_34 = step(img_path, 34)

    # ---- block 35
    result_35 = step(img_path, 35)
    result_36 = step(img_path, 36)
    result_37 = step(img_path, 37)
    result_38 = step(img_path, 38)
    result_39 = step(img_path, 39)

    # ---- block 40
    result_40 = step(img_path, 40)
    result_41 = step(img_path, 41)
    result_42 = step(img_path, 42)
    result_43 = step(img_path, 43)
    result_44 = step(img_path, 44)

    # ---- block 45
    result_45 = step(img_path, 45)
    result_46 = step(img_path, 46)
    result_47 = step(img_path, 47)
    result_48 = step(img_path, 48)
    result_49 = step(img_path, 49)

    # ---- block 50
    result_50 = step(img_path, 50)
    result_51 = step(img_path, 51)
    result_52 = step(img_path, 52)
    result_53 = step(img_path, 53)
    result_54 = step(img_path, 54)

    # ---- block 55
    result_55 = step(img_path, 55)
    result_56 = step(img_path, 56)
    result_57 = step(img_path, 57)
    result_58 = step(img_path, 58)
    result_59 = step(img_path, 59)

    # ---- block 60
    result_60 = step(img_path, 60)
    result_61 = step(img_path, 61)
    result_62 = step(img_path, 62)
    result_63 = step(img_path, 63)
    result_64 = step(img_path, 64)

    # ---- block 65
    result_65 = step(img_path, 65)
    result_66 = step(img_path, 66)
    result_67 = step(img_path, 67)
    result_68 = step(img_path, 68)
    result_69 = step(img_path, 69)

    # ---- block 70
    result_70 = step(img_path, 70)
    result_71 = step(img_path, 71)
    result_72 = step(img_path, 72)
    result_73 = step(img_path, 73)
    result_74 = step(img_path, 74)

    # ---- block 75
    result_75 = step(img_path, 75)
    result_76 = step(img_path, 76)
    result_77 = step(img_path, 77)
    result_78 = step(img_path, 78)
    result_79 = step(img_path, 79)

    # ---- block 80
    result_80 = step(img_path, 80)
    result_81 = step(img_path, 81)
    result_82 = step(img_path, 82)
    result_83 = step(img_path, 83)
    result_84 = step(img_path, 84)

    # ---- block 85
    result_85 = step(img_path, 85)
    result_86 = step(img_path, 86)
    result_87 = step(img_path, 87)
    result_88 = step(img_path, 88)
    result_89 = step(img_path, 89)

    # ---- block 90
    result_90 = step(img_path, 90)
    result_91 = step(img_path, 91)
    result_92 = step(img_path, 92)
    result_93 = step(img_path, 93)
    result_94 = step(img_path, 94)
    return result_0
