# Draft translation: not yet checked by a native speaker.
errors-apology = Waan ka xumahay, khalad ayaa dhinacayga ka dhacay. Fadlan mar kale isku day wax yar kadib, ama isticmaal /menu.
