type Props = Record<string, string | undefined>;

/**
 * Renders the settings form.
 * @param props.field0 what field 0 holds
 * @param props.field1 what field 1 holds
 * @param props.field2 what field 2 holds
 * @param props.field3 what field 3 holds
 * @param props.field4 what field 4 holds
 * @param props.field5 what field 5 holds
 * @param props.field6 what field 6 holds
 * @param props.field7 what field 7 holds
 * @param props.field8 what field 8 holds
 * @param props.field9 what field 9 holds
 * @param props.field10 what field 10 holds
 * @param props.field11 what field 11 holds
 * @param props.field12 what field 12 holds
 * @param props.field13 what field 13 holds
 * @param props.field14 what field 14 holds
 * @param props.field15 what field 15 holds
 * @param props.field16 what field 16 holds
 * @param props.field17 what field 17 holds
 * @param props.field18 what field 18 holds
 * @param props.field19 what field 19 holds
 * @param props.field20 what field 20 holds
 * @param props.field21 what field 21 holds
 * @param props.field22 what field 22 holds
 * @param props.field23 what field 23 holds
 * @param props.field24 what field 24 holds
 * @param props.field25 what field 25 holds
 * @param props.field26 what field 26 holds
 * @param props.field27 what field 27 holds
 * @param props.field28 what field 28 holds
 * @param props.field29 what field 29 holds
 */
export function SettingsForm(props: Props) {

  // section 0
  const f0 = props.field0 ?? "";
  const f1 = props.field1 ?? "";
  const f2 = props.field2 ?? "";
  const f3 = props.field3 ?? "";
  const f4 = props.field4 ?? "";
  const f5 = props.field5 ?? "";
  const f6 = props.field6 ?? "";
  const f7 = props.field7 ?? "";
  const f8 = props.field8 ?? "";
  const f9 = props.field9 ?? "";
  const f10 = props.field10 ?? "";
  const f11 = props.field11 ?? "";
  const f12 = props.field12 ?? "";
  const f13 = props.field13 ?? "";
  const f14 = props.field14 ?? "";
  const f15 = props.field15 ?? "";
  const f16 = props.field16 ?? "";
  const f17 = props.field17 ?? "";
  const f18 = props.field18 ?? "";
  const f19 = props.field19 ?? "";

  // section 1
  const f20 = props.field20 ?? "";
  const f21 = props.field21 ?? "";
  const f22 = props.field22 ?? "";
  const f23 = props.field23 ?? "";
  const f24 = props.field24 ?? "";
  const f25 = props.field25 ?? "";
  const f26 = props.field26 ?? "";
  const f27 = props.field27 ?? "";
  const f28 = props.field28 ?? "";
  const f29 = props.field29 ?? "";
  const f30 = props.field30 ?? "";
  const f31 = props.field31 ?? "";
  const f32 = props.field32 ?? "";
  const f33 = props.field33 ?? "";
  const f34 = props.field34 ?? "";
  const f35 = props.field35 ?? "";
  const f36 = props.field36 ?? "";
  const f37 = props.field37 ?? "";
  const f38 = props.field38 ?? "";
  const f39 = props.field39 ?? "";

  // section 2
  const f40 = props.field40 ?? "";
  const f41 = props.field41 ?? "";
  const f42 = props.field42 ?? "";
  const f43 = props.field43 ?? "";
  const f44 = props.field44 ?? "";
  const f45 = props.field45 ?? "";
  const f46 = props.field46 ?? "";
  const f47 = props.field47 ?? "";
  const f48 = props.field48 ?? "";
  const f49 = props.field49 ?? "";
  const f50 = props.field50 ?? "";
  const f51 = props.field51 ?? "";
  const f52 = props.field52 ?? "";
  const f53 = props.field53 ?? "";
  const f54 = props.field54 ?? "";
  const f55 = props.field55 ?? "";
  const f56 = props.field56 ?? "";
  const f57 = props.field57 ?? "";
  const f58 = props.field58 ?? "";
  const f59 = props.field59 ?? "";

  // section 3
  const f60 = props.field60 ?? "";
  const f61 = props.field61 ?? "";
  const f62 = props.field62 ?? "";
  const f63 = props.field63 ?? "";
  const f64 = props.field64 ?? "";
  const f65 = props.field65 ?? "";
  const f66 = props.field66 ?? "";
  const f67 = props.field67 ?? "";
  const f68 = props.field68 ?? "";
  const f69 = props.field69 ?? "";
  const f70 = props.field70 ?? "";
  const f71 = props.field71 ?? "";
  const f72 = props.field72 ?? "";
  const f73 = props.field73 ?? "";
  const f74 = props.field74 ?? "";
  const f75 = props.field75 ?? "";
  const f76 = props.field76 ?? "";
  const f77 = props.field77 ?? "";
  const f78 = props.field78 ?? "";
  const f79 = props.field79 ?? "";

  // section 4
  const f80 = props.field80 ?? "";
  const f81 = props.field81 ?? "";
  const f82 = props.field82 ?? "";
  const f83 = props.field83 ?? "";
  const f84 = props.field84 ?? "";
  const f85 = props.field85 ?? "";
  const f86 = props.field86 ?? "";
  const f87 = props.field87 ?? "";
  const f88 = props.field88 ?? "";
  const f89 = props.field89 ?? "";
  const f90 = props.field90 ?? "";
  const f91 = props.field91 ?? "";
  const f92 = props.field92 ?? "";
  const f93 = props.field93 ?? "";
  const f94 = props.field94 ?? "";
  const f95 = props.field95 ?? "";
  const f96 = props.field96 ?? "";
  const f97 = props.field97 ?? "";
  const f98 = props.field98 ?? "";
  const f99 = props.field99 ?? "";

  // section 5
  const f100 = props.field100 ?? "";
  const f101 = props.field101 ?? "";
  const f102 = props.field102 ?? "";
  const f103 = props.field103 ?? "";
  const f104 = props.field104 ?? "";
  const f105 = props.field105 ?? "";
  const f106 = props.field106 ?? "";
  const f107 = props.field107 ?? "";
  const f108 = props.field108 ?? "";
  const f109 = props.field109 ?? "";
  const f110 = props.field110 ?? "";
  const f111 = props.field111 ?? "";
  const f112 = props.field112 ?? "";
  const f113 = props.field113 ?? "";
  const f114 = props.field114 ?? "";
  const f115 = props.field115 ?? "";
  const f116 = props.field116 ?? "";
  const f117 = props.field117 ?? "";
  const f118 = props.field118 ?? "";
  const f119 = props.field119 ?? "";

  // section 6
  const f120 = props.field120 ?? "";
  const f121 = props.field121 ?? "";
  const f122 = props.field122 ?? "";
  const f123 = props.field123 ?? "";
  const f124 = props.field124 ?? "";
  const f125 = props.field125 ?? "";
  const f126 = props.field126 ?? "";
  const f127 = props.field127 ?? "";
  const f128 = props.field128 ?? "";
  const f129 = props.field129 ?? "";
  const f130 = props.field130 ?? "";
  const f131 = props.field131 ?? "";
  const f132 = props.field132 ?? "";
  return f0;
}
