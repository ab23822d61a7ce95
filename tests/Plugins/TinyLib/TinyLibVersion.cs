namespace TinyLib;

public static class TinyLibVersion
{
#if TINYLIB_V2
    public static string Describe() => "tinylib 2";
#else
    public static string Describe() => "tinylib 1";
#endif
}
