#pragma once
// Real TPM 1.2 traffic captured from swtpm 0.7.1 / libtpms 0.9.2 (Debian 12), freshly
// manufactured with `swtpm_setup --createek`, as hex. The same bytes seed the fuzz corpus.

#include <string_view>

namespace tpm::test {

// GetCapability(TPM_CAP_FLAG, TPM_CAP_FLAG_PERMANENT) after swtpm_setup --createek
inline constexpr std::string_view kPermanentFlagsResponse =
    "00c4000000240000000000000016001f0001000100010000010100000000000000000000";

// GetCapability(TPM_CAP_FLAG, TPM_CAP_FLAG_VOLATILE)
inline constexpr std::string_view kStclearFlagsResponse =
    "00c400000015000000000000000700200000000000";

// GetCapability(TPM_CAP_VERSION_VAL): 1.2.18.158, spec level 2, errata 3, "IBM"
inline constexpr std::string_view kVersionInfoResponse =
    "00c40000001d000000000000000f00300102129e00020349424d000000";

// GetCapability(TPM_CAP_PROPERTY, TPM_CAP_PROP_DURATION): 50 s, 100 s, 300 s
inline constexpr std::string_view kDurationsResponse =
    "00c40000001a000000000000000c02faf08005f5e10011e1a300";

// GetCapability(TPM_CAP_PROPERTY, TPM_CAP_PROP_TIS_TIMEOUT): 4 x 1 s
inline constexpr std::string_view kTisTimeoutsResponse =
    "00c40000001e0000000000000010000f4240000f4240000f4240000f4240";

// GetCapability(TPM_CAP_PROPERTY, TPM_CAP_PROP_OWNER) before TakeOwnership
inline constexpr std::string_view kOwnerUnownedResponse = "00c40000000f000000000000000100";

// the same after TakeOwnership
inline constexpr std::string_view kOwnerOwnedResponse = "00c40000000f000000000000000101";

// GetCapability(TPM_CAP_PROPERTY, TPM_CAP_PROP_MANUFACTURER): "IBM\0"
inline constexpr std::string_view kManufacturerResponse = "00c400000012000000000000000449424d00";

// ReadPubek with antiReplay 01 02 .. 14
inline constexpr std::string_view kReadPubekRequest =
    "00c10000001e0000007c0102030405060708090a0b0c0d0e0f1011121314";

// its answer: TPM_PUBKEY (RSA 2048) + checksum
inline constexpr std::string_view kReadPubekResponse =
    "00c40000013a0000000000000001000300010000000c000008000000000200000000000001008a3c53ce92a7"
    "e48120cccd44061036d92ebe9624136458f5af84d72343e2dbb668187fbb4870c9d2430adaf0804f4907f81a"
    "7a8057dc87aae38ef1a8b72d5a6ab4f3a4be32ea5f8d777e22a6bdb3c2092c1b80871455cef502b2dc322e22"
    "95748dad95da15e839527868e761fef3f245dd192c3f1800079a64b435aeb3b920d26c57090b1f40dc5d7f13"
    "f825f994b45c4c51abf47c929108e8bf587254926374935f41f493f002e22e7c1b03a55f2375445a47ee610d"
    "be8ec56b522d3ca1c35ba3eb7f0d0d7fcd81b9537541554bae196853e7104754781a0266b4356f8bb895fb06"
    "1d267ad81635e73f829128140d82ac5da2ee7cd80a2920de271527d209c5e53100569fd1997a90f8bfd35f10"
    "01dbdb50b461";

// GetTestResult: "Shutdown 00000002\n"
inline constexpr std::string_view kGetTestResultResponse =
    "00c400000020000000000000001253687574646f776e2030303030303030320a";

// a second Startup(ST_CLEAR): 0x26 TPM_INVALID_POSTINIT
inline constexpr std::string_view kPostInitResponse = "00c40000000a00000026";

// PhysicalEnable without physical presence: 0x2D TPM_BAD_PRESENCE
inline constexpr std::string_view kBadPresenceResponse = "00c40000000a0000002d";

// TakeOwnership, owner secret SHA1("owner"), SRK secret 20 zero bytes, nonceOdd 40..53
inline constexpr std::string_view kTakeOwnershipRequest =
    "00c2000002700000000d0005000001001d2cdf1c281472eed248d0362e61b0635408246156ab6f6ef094c562"
    "300986bbea728d842ca2dcb85b86bb46d25ca99575fd6aa0b1f712ec790743096f6a73e85bb3cec94fdaa488"
    "e5f1fe516700b1114bc591a21b0b576a11721a39c1c47771d9e368e5e0ad591d6d91bdc1217c646885581765"
    "c5f6acd9bdc568b8b4040a63b3e61e89ee87f0bc43f420337eabe3fbc8393d9ed76843730db92667b51870ec"
    "26178eb152f071c1b763e4fdc92fcec51cbcd621abd0a9192472a4cdeb21d105ee77673ad23ff4b71c9ca2b2"
    "97bcbc095da9ae3a7d37e82045cef0cbe27a66b36fbdc571ae66ecfa48be1eee8ddcc58bb015bc9802e6d8b9"
    "d7195ab648963a8c0000010049dabb8740d720527e662c98331a973df645e34ef49cb10e96a19f6ec987b465"
    "eb10aab4c261cf73d191d4b35714cde8f9532d007877a73e1288e836119205c663fb521e9ff58f0ce306a8de"
    "de0972c8b1a89c349d3ded14ea178852840cda0485a06c9c9a5dad5bf37371efcc08061ba859ca0a7d6fd087"
    "71454606aa50ab921c55521867462f9ff04f5da548222d4d729c93267ecf0992a447185cf671ddc797e60f3c"
    "62a085abceaf91cb0dcfdb9f144712cb8ef23e0124c7fd3081e1e99e0dc8933dd775401fb512c6f8e95011d0"
    "06ab59a6aa41c6b1e796198ed0e3e762138bcbb1934f46479e0eaa718a0ac6dc8c1033a8d1f645e530b4210a"
    "6d699a3e010100000011000000000100000001000300010000000c0000080000000002000000000000000000"
    "00000000000000f0a12859404142434445464748494a4b4c4d4e4f5051525300d45c8e050d8b0bd60965c3b1"
    "70e1e37cb280ca76";

// its answer: the SRK TPM_KEY + auth trailer (resAuth verified in Python)
inline constexpr std::string_view kTakeOwnershipResponse =
    "00c50000016200000000010100000011000000000100000001000300010000000c0000080000000002000000"
    "000000000000000100c88663884c44687894aa2957e13e3c15bb40b0bd2aa2f5117ef50247633c67cc65790b"
    "92ebd96d3265115b501e3ea61a68316e6ad93f5506a0a910bd1c4b77c1148d86c2722f86332f792dc2ee1843"
    "eba7c59119a3fe9c7936483075522e3f158227481c51f3cf2a2d6bd355a809c25f324f42f3d498b380a80372"
    "9d0c82a441a3b3b5bf6afed10b0d4c350aea97dab82b81735cc32ecb76c97127a6c96e6eb93ca16e2320f44e"
    "7604440ace7fabe6563eec9788572d4e435159663da3706106e4e870288da9fd52e94eb23fca71bde292cfdf"
    "bc9127fd847796303c26f507226210372911cfc2bf2375328d70e9b9d6382cd0eddec33bc78637b31fa8f529"
    "cf000000006d756be11ae58bf230ec13fd8d8a2632049df76900d2cf77831a1cd28ed77de0cde35524151ecf"
    "ae86";

// GetCapabilityOwner, same owner secret
inline constexpr std::string_view kGetCapabilityOwnerRequest =
    "00c20000003700000066aff46e5d404142434445464748494a4b4c4d4e4f5051525300b644a81b05b67575e4"
    "45a6a96c9d50b1ff0adee6";

// its answer: version, nonVolatileFlags, volatileFlags + trailer
inline constexpr std::string_view kGetCapabilityOwnerResponse =
    "00c50000003f000000000102129e000003220000000041ba0626d8bf370061212d916c11089722f1a5370033"
    "8ce8ba9807052173b91859e9c31c00fa38d52a";

// OwnerReadInternalPub(TPM_KH_SRK), keyHandle in the inParamDigest
inline constexpr std::string_view kOwnerReadInternalPubRequest =
    "00c20000003b00000081400000000c059042404142434445464748494a4b4c4d4e4f5051525300efa557e4c8"
    "8305f25f3facee7e15440f91ff3052";

// its answer: the SRK TPM_PUBKEY + trailer
inline constexpr std::string_view kOwnerReadInternalPubResponse =
    "00c50000014f0000000000000001000300010000000c00000800000000020000000000000100c88663884c44"
    "687894aa2957e13e3c15bb40b0bd2aa2f5117ef50247633c67cc65790b92ebd96d3265115b501e3ea61a6831"
    "6e6ad93f5506a0a910bd1c4b77c1148d86c2722f86332f792dc2ee1843eba7c59119a3fe9c7936483075522e"
    "3f158227481c51f3cf2a2d6bd355a809c25f324f42f3d498b380a803729d0c82a441a3b3b5bf6afed10b0d4c"
    "350aea97dab82b81735cc32ecb76c97127a6c96e6eb93ca16e2320f44e7604440ace7fabe6563eec9788572d"
    "4e435159663da3706106e4e870288da9fd52e94eb23fca71bde292cfdfbc9127fd847796303c26f507226210"
    "372911cfc2bf2375328d70e9b9d6382cd0eddec33bc78637b31fa8f529cfd0b8cf0d75785da0a5a64db7cc33"
    "a7d9092989e4006c1355051673c62bc2eda69570c07fc447508415";

// OwnerClear
inline constexpr std::string_view kOwnerClearRequest =
    "00c2000000370000005b64133aaf404142434445464748494a4b4c4d4e4f50515253004579919fcc16201286"
    "939477dd20076ecd45dcc6";

// its answer: no out parameters, only the trailer
inline constexpr std::string_view kOwnerClearResponse =
    "00c50000003300000000a5e8ccfa0ca035ec0c36ee4f73a9525580894fa000f9e331cc78a972c07c4757efd2"
    "215b0d900fabff";

// swtpm --tpm2 answering a TPM 1.2 GetCapability
inline constexpr std::string_view kTpm2Response = "80010000000a00000084";

// TPM_OIAP: authHandle 0x64133aaf + nonceEven
inline constexpr std::string_view kOiapResponse =
    "00c4000000220000000064133aaf68b7a70150ea4e8616b718e3d0037311869cef70";

} // namespace tpm::test
