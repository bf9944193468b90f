"""Decodes the holding-register block the line PLC returns into named tags.

The register map follows the PLC programme (rev. 14); when the programme changes, this map changes with it.
"""


def decode_block(regs):
    """Returns the tags of one 160-register block (all values scaled to engineering units)."""
    tags = {}
    # press 1
    tags['press_1_state'] = regs[0]
    tags['press_1_temp_c'] = regs[1] / 10.0
    tags['press_1_pressure_bar'] = regs[2] / 100.0
    tags['press_1_current_a'] = regs[3] / 10.0
    tags['press_1_cycle_ms'] = regs[4]
    tags['press_1_faults'] = regs[5]
    tags['press_1_count'] = regs[6]
    # press 2
    tags['press_2_state'] = regs[7]
    tags['press_2_temp_c'] = regs[8] / 10.0
    tags['press_2_pressure_bar'] = regs[9] / 100.0
    tags['press_2_current_a'] = regs[10] / 10.0
    tags['press_2_cycle_ms'] = regs[11]
    tags['press_2_faults'] = regs[12]
    tags['press_2_count'] = regs[13]
    # weld 1
    tags['weld_1_state'] = regs[14]
    tags['weld_1_temp_c'] = regs[15] / 10.0
    tags['weld_1_pressure_bar'] = regs[16] / 100.0
    tags['weld_1_current_a'] = regs[17] / 10.0
    tags['weld_1_cycle_ms'] = regs[18]
    tags['weld_1_faults'] = regs[19]
    tags['weld_1_count'] = regs[20]
    # weld 2
    tags['weld_2_state'] = regs[21]
    tags['weld_2_temp_c'] = regs[22] / 10.0
    tags['weld_2_pressure_bar'] = regs[23] / 100.0
    tags['weld_2_current_a'] = regs[24] / 10.0
    tags['weld_2_cycle_ms'] = regs[25]
    tags['weld_2_faults'] = regs[26]
    tags['weld_2_count'] = regs[27]
    # weld 3
    tags['weld_3_state'] = regs[28]
    tags['weld_3_temp_c'] = regs[29] / 10.0
    tags['weld_3_pressure_bar'] = regs[30] / 100.0
    tags['weld_3_current_a'] = regs[31] / 10.0
    tags['weld_3_cycle_ms'] = regs[32]
    tags['weld_3_faults'] = regs[33]
    tags['weld_3_count'] = regs[34]
    # paint 1
    tags['paint_1_state'] = regs[35]
    tags['paint_1_temp_c'] = regs[36] / 10.0
    tags['paint_1_pressure_bar'] = regs[37] / 100.0
    tags['paint_1_current_a'] = regs[38] / 10.0
    tags['paint_1_cycle_ms'] = regs[39]
    tags['paint_1_faults'] = regs[40]
    tags['paint_1_count'] = regs[41]
    # oven 1
    tags['oven_1_state'] = regs[42]
    tags['oven_1_temp_c'] = regs[43] / 10.0
    tags['oven_1_pressure_bar'] = regs[44] / 100.0
    tags['oven_1_current_a'] = regs[45] / 10.0
    tags['oven_1_cycle_ms'] = regs[46]
    tags['oven_1_faults'] = regs[47]
    tags['oven_1_count'] = regs[48]
    # cooler 1
    tags['cooler_1_state'] = regs[49]
    tags['cooler_1_temp_c'] = regs[50] / 10.0
    tags['cooler_1_pressure_bar'] = regs[51] / 100.0
    tags['cooler_1_current_a'] = regs[52] / 10.0
    tags['cooler_1_cycle_ms'] = regs[53]
    tags['cooler_1_faults'] = regs[54]
    tags['cooler_1_count'] = regs[55]
    # conveyor a
    tags['conveyor_a_state'] = regs[56]
    tags['conveyor_a_temp_c'] = regs[57] / 10.0
    tags['conveyor_a_pressure_bar'] = regs[58] / 100.0
    tags['conveyor_a_current_a'] = regs[59] / 10.0
    tags['conveyor_a_cycle_ms'] = regs[60]
    tags['conveyor_a_faults'] = regs[61]
    tags['conveyor_a_count'] = regs[62]
    # conveyor b
    tags['conveyor_b_state'] = regs[63]
    tags['conveyor_b_temp_c'] = regs[64] / 10.0
    tags['conveyor_b_pressure_bar'] = regs[65] / 100.0
    tags['conveyor_b_current_a'] = regs[66] / 10.0
    tags['conveyor_b_cycle_ms'] = regs[67]
    tags['conveyor_b_faults'] = regs[68]
    tags['conveyor_b_count'] = regs[69]
    # robot 1
    tags['robot_1_state'] = regs[70]
    tags['robot_1_temp_c'] = regs[71] / 10.0
    tags['robot_1_pressure_bar'] = regs[72] / 100.0
    tags['robot_1_current_a'] = regs[73] / 10.0
    tags['robot_1_cycle_ms'] = regs[74]
    tags['robot_1_faults'] = regs[75]
    tags['robot_1_count'] = regs[76]
    # robot 2
    tags['robot_2_state'] = regs[77]
    tags['robot_2_temp_c'] = regs[78] / 10.0
    tags['robot_2_pressure_bar'] = regs[79] / 100.0
    tags['robot_2_current_a'] = regs[80] / 10.0
    tags['robot_2_cycle_ms'] = regs[81]
    tags['robot_2_faults'] = regs[82]
    tags['robot_2_count'] = regs[83]
    # vision 1
    tags['vision_1_state'] = regs[84]
    tags['vision_1_temp_c'] = regs[85] / 10.0
    tags['vision_1_pressure_bar'] = regs[86] / 100.0
    tags['vision_1_current_a'] = regs[87] / 10.0
    tags['vision_1_cycle_ms'] = regs[88]
    tags['vision_1_faults'] = regs[89]
    tags['vision_1_count'] = regs[90]
    # vision 2
    tags['vision_2_state'] = regs[91]
    tags['vision_2_temp_c'] = regs[92] / 10.0
    tags['vision_2_pressure_bar'] = regs[93] / 100.0
    tags['vision_2_current_a'] = regs[94] / 10.0
    tags['vision_2_cycle_ms'] = regs[95]
    tags['vision_2_faults'] = regs[96]
    tags['vision_2_count'] = regs[97]
    # packing 1
    tags['packing_1_state'] = regs[98]
    tags['packing_1_temp_c'] = regs[99] / 10.0
    tags['packing_1_pressure_bar'] = regs[100] / 100.0
    tags['packing_1_current_a'] = regs[101] / 10.0
    tags['packing_1_cycle_ms'] = regs[102]
    tags['packing_1_faults'] = regs[103]
    tags['packing_1_count'] = regs[104]
    # hydraulics
    tags['hydraulics_state'] = regs[105]
    tags['hydraulics_temp_c'] = regs[106] / 10.0
    tags['hydraulics_pressure_bar'] = regs[107] / 100.0
    tags['hydraulics_current_a'] = regs[108] / 10.0
    tags['hydraulics_cycle_ms'] = regs[109]
    tags['hydraulics_faults'] = regs[110]
    tags['hydraulics_count'] = regs[111]
    # compressor
    tags['compressor_state'] = regs[112]
    tags['compressor_temp_c'] = regs[113] / 10.0
    tags['compressor_pressure_bar'] = regs[114] / 100.0
    tags['compressor_current_a'] = regs[115] / 10.0
    tags['compressor_cycle_ms'] = regs[116]
    tags['compressor_faults'] = regs[117]
    tags['compressor_count'] = regs[118]
    # chiller
    tags['chiller_state'] = regs[119]
    tags['chiller_temp_c'] = regs[120] / 10.0
    tags['chiller_pressure_bar'] = regs[121] / 100.0
    tags['chiller_current_a'] = regs[122] / 10.0
    tags['chiller_cycle_ms'] = regs[123]
    tags['chiller_faults'] = regs[124]
    tags['chiller_count'] = regs[125]
    tags['line_active'] = bool(regs[126] & 1)
    tags['alarm_codes'] = [code for code in regs[127:135] if code]
    return tags
